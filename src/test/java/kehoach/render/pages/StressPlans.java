package kehoach.render.pages;

import java.util.ArrayList;
import java.util.List;
import kehoach.Models;

/**
 * Plan models made to put the writers' page breaking where it fails: the signature block and
 * headings at every position near a page's end, a long budget table, a table of tasks whose rows
 * run from one line to more than a page, and a wide landscape table. The text is full of the units
 * a line must not break inside (dates, document symbols, amounts, year ranges), so every plan also
 * tries the line breaking.
 *
 * <p>The families grow one line at a time: each plan adds a one-line bullet to the one before, so
 * that the block after the bullets starts at successive positions across the bottom of a page.
 * Where the window lies was measured on today's Flying Saucer layout; a writer that fills pages a
 * little differently still meets most of the positions.
 */
final class StressPlans {
  private StressPlans() {}

  /** A model's name (its file's base name) and its YAML text. */
  record Plan(String name, String yaml) {}

  /** How many plans each growing family has. */
  static final int FAMILY = 8;

  static List<Plan> all() {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < FAMILY; i++) {
      plans.add(signatureNearPageEnd(i));
    }
    for (int i = 0; i < FAMILY; i++) {
      plans.add(headingNearPageEnd(i));
    }
    plans.add(budgetTable(300));
    plans.add(taskTable());
    plans.add(landscapeTable());
    return plans;
  }

  /** {@code count} sentences from the pool, starting at {@code from}, as one paragraph. */
  static String sentences(int from, int count) {
    return Models.sentences(from, count);
  }

  /** Text of about {@code chars} characters, whole words, for a table cell. */
  static String words(int from, int chars) {
    StringBuilder out = new StringBuilder();
    String source = String.join(" ", Models.SENTENCES) + " ";
    int at = source.indexOf(' ', (from * 37) % source.length()) + 1;
    while (out.length() < chars) {
      int space = source.indexOf(' ', at);
      if (space < 0) {
        at = 0;
        continue;
      }
      if (space > at) {
        out.append(out.length() == 0 ? "" : " ").append(source, at, space);
      }
      at = space + 1;
    }
    return out.toString().replaceAll("[.,;]$", "");
  }

  /**
   * Plan {@code step} of the signature family: body text that ends {@code step} lines further down
   * than plan 0's, so the signature block starts at successive positions across page 2's foot.
   */
  static Plan signatureNearPageEnd(int step) {
    StringBuilder sections = new StringBuilder();
    sections.append(section("Mục đích, yêu cầu", "objectives", paragraphs(0, 7, 3)));
    sections.append(section("Tổ chức thực hiện", "organisation", bulletsAfter(5, 3 + step)));
    return new Plan(
        "stress-signature-" + (step + 1),
        plan("Chữ ký ở vị trí thứ " + (step + 1) + " gần cuối trang", sections.toString(), ""));
  }

  /**
   * Plan {@code step} of the heading family: a section heading, a title-only heading under it and
   * their text, after body text that ends {@code step} lines further down than plan 0's.
   */
  static Plan headingNearPageEnd(int step) {
    StringBuilder sections = new StringBuilder();
    sections.append(
        section("Mục đích, yêu cầu", "objectives", paragraphs(0, 4, 3) + bullets(27 + step)));
    sections.append(
        "  - title: "
            + q("Tổ chức thực hiện")
            + "\n    role: organisation\n    content:\n      - title: "
            + q("Sở Khoa học và Công nghệ:")
            + "\n        content:\n"
            + paragraphs(1, 3, 2, "          ")
            + "      - title: "
            + q("Sở Tài chính:")
            + "\n        text: "
            + q(sentences(2, 2))
            + "\n");
    return new Plan(
        "stress-heading-" + (step + 1),
        plan("Đề mục ở vị trí thứ " + (step + 1) + " gần cuối trang", sections.toString(), ""));
  }

  /** A budget of {@code rows} rows in groups of ten (a group row and nine lines) in an appendix. */
  static Plan budgetTable(int rows) {
    StringBuilder table = new StringBuilder();
    table.append("      - budget:\n          id: budget\n          rows:\n");
    for (int g = 0; g < rows / 10; g++) {
      table.append("            - content: ").append(q(words(g, 20 + (g % 4) * 45))).append('\n');
      table.append("              rows:\n");
      for (int i = 0; i < 9; i++) {
        int n = g * 9 + i;
        table
            .append("                - {content: ")
            .append(q(words(n, 15 + (n % 5) * 30)))
            .append(", unit: Người x ngày, quantity: ")
            .append(1 + n % 40)
            .append(", price: ")
            .append(String.format("%,d", 50_000L * (1 + n % 23)).replace(',', '.'))
            .append("}\n");
      }
    }
    String body =
        section(
            "Kinh phí thực hiện",
            "budget",
            "      - "
                + q(
                    "Tổng kinh phí: **${total}** đồng (*${words}*), chi tiết tại ${appendix:budget}.")
                + "\n"
                + paragraphs(3, 2, 2));
    String appendix =
        "  - id: budget\n    title: " + q("Dự toán kinh phí chi tiết") + "\n    content:\n" + table;
    return new Plan(
        "stress-budget-" + rows, plan("Bảng kinh phí " + rows + " dòng", body, appendix));
  }

  /** Rows from one line of text to sixty, longer than a page. */
  static final List<Integer> TASK_LINES =
      List.of(1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60);

  /**
   * A table of tasks (text columns) in an appendix, in two groups, whose rows' content runs from
   * one line ({@link #TASK_LINES}) to more than a page: a row taller than a page must break.
   */
  static Plan taskTable() {
    StringBuilder table = new StringBuilder();
    table.append("      - table:\n          columns: [stt, content, lead, partners, time]\n");
    table.append("          rows:\n");
    for (int g = 0; g < 2; g++) {
      table.append("            - group: ").append(q(words(g + 3, 40))).append('\n');
      table.append("              rows:\n");
      for (int i = g; i < TASK_LINES.size(); i += 2) {
        int lines = TASK_LINES.get(i);
        table
            .append("                - content: ")
            .append(q(words(i, 28 * lines)))
            .append("\n                  lead: ")
            .append(q("Sở Khoa học và Công nghệ"))
            .append("\n                  partners: ")
            .append(q(words(i + 7, 20 + (i % 3) * 40)))
            .append("\n                  time: ")
            .append(q("Quý " + (1 + i % 4) + "/2024"))
            .append('\n');
      }
    }
    String body =
        section(
            "Nhiệm vụ, giải pháp",
            "tasks",
            paragraphs(0, 2, 2)
                + "      - "
                + q("Danh mục nhiệm vụ tại ${appendix:tasks}.")
                + "\n");
    String appendix =
        "  - id: tasks\n    title: " + q("Danh mục nhiệm vụ") + "\n    content:\n" + table;
    return new Plan("stress-tasks", plan("Bảng nhiệm vụ dài", body, appendix));
  }

  /** A landscape appendix with a table of nine columns, in three groups. */
  static Plan landscapeTable() {
    StringBuilder table = new StringBuilder();
    table.append("      - table:\n          columns:\n");
    for (String column : List.of("stt", "content", "lead", "partners", "time", "result", "note")) {
      table.append("            - ").append(column).append('\n');
    }
    table.append("            - {key: money, header: Kinh phí (triệu đồng)}\n");
    table.append("            - {key: source, header: Nguồn vốn}\n");
    table.append("          columnNumbers: true\n          rows:\n");
    for (int g = 0; g < 3; g++) {
      table.append("            - group: ").append(q(words(g, 30 + g * 30))).append('\n');
      table.append("              rows:\n");
      for (int i = 0; i < 8; i++) {
        int n = g * 8 + i;
        table
            .append("                - content: ")
            .append(q(words(n, 40 + (n % 6) * 40)))
            .append("\n                  lead: ")
            .append(q("Sở Khoa học và Công nghệ"))
            .append("\n                  partners: ")
            .append(q(words(n + 11, 20 + (n % 4) * 25)))
            .append("\n                  time: ")
            .append(q("Từ ngày 01/" + (1 + n % 12) + "/2024 đến ngày 31/12/2025"))
            .append("\n                  result: ")
            .append(q(words(n + 5, 30 + (n % 3) * 30)))
            .append("\n                  note: ")
            .append(q(n % 2 == 0 ? "Thực hiện 7,5% khối lượng" : "Theo Kế hoạch số 4009/KH-UBND"))
            .append("\n                  money: ")
            .append(q(String.format("%,d", 1_250L * (n + 1)).replace(',', '.')))
            .append("\n                  source: ")
            .append(q(n % 3 == 0 ? "Ngân sách tỉnh" : "Vốn sự nghiệp khoa học và công nghệ"))
            .append('\n');
      }
    }
    String body =
        section(
            "Nhiệm vụ, giải pháp",
            "tasks",
            paragraphs(1, 2, 2) + "      - " + q("Chi tiết tại ${appendix:plan}.") + "\n");
    String appendix =
        "  - id: plan\n    title: "
            + q("Kế hoạch chi tiết giai đoạn 2021 - 2030")
            + "\n    content:\n"
            + table;
    return new Plan("stress-landscape", plan("Bảng khổ ngang chín cột", body, appendix));
  }

  // ---------------------------------------------------------------------------------------------
  // Pieces of YAML

  /** A whole model around {@code sections} (a YAML list, indented two) and any appendices. */
  private static String plan(String subject, String sections, String appendices) {
    return "issuer:\n"
        + "  name: Ủy ban nhân dân tỉnh Ninh Thuận\n"
        + "  appendixName: Ủy ban nhân dân tỉnh\n"
        + "document:\n"
        + "  number: 5\n"
        + "  place: Ninh Thuận\n"
        + "  date: 2024-05-07\n"
        + "title: "
        + q("Kiểm tra bố cục trang: " + subject)
        + "\n"
        + "bases:\n"
        + "  items:\n"
        + "    - type: Quyết định\n"
        + "      number: 36/QĐ-TTg\n"
        + "      date: 2021-01-11\n"
        + "      issuer: Thủ tướng Chính phủ\n"
        + "      subject: "
        + q("ban hành Kế hoạch tổng thể nâng cao năng suất giai đoạn 2021 - 2030")
        + "\n"
        + "  closing: "
        + q("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
        + "\n"
        + "sections:\n"
        + sections
        + "closing:\n"
        + "  - "
        + q(sentences(3, 1))
        + "\n"
        + "recipients:\n"
        + "  - {name: Bộ Khoa học và Công nghệ, note: báo cáo}\n"
        + "  - CT và các PCT UBND tỉnh\n"
        + "  - Các sở, ban, ngành tỉnh\n"
        + "  - UBND các huyện, thành phố\n"
        + "archive: [VT, KT]\n"
        + "signature:\n"
        + "  authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]\n"
        + "  title: Phó Chủ tịch\n"
        + "  name: Nguyễn Văn An\n"
        + (appendices.isEmpty() ? "" : "appendices:\n" + appendices);
  }

  private static String section(String title, String role, String content) {
    return "  - title: " + q(title) + "\n    role: " + role + "\n    content:\n" + content;
  }

  /** {@code count} paragraphs of {@code sentences} sentences each, as content items. */
  private static String paragraphs(int from, int count, int sentences) {
    return paragraphs(from, count, sentences, "      ");
  }

  private static String paragraphs(int from, int count, int sentences, String indent) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(indent).append("- ").append(q(sentences(from + i, sentences))).append('\n');
    }
    return out.toString();
  }

  /** A paragraph, then {@code count} one-line bullets. */
  private static String bulletsAfter(int from, int count) {
    return paragraphs(from, 1, 2) + bullets(count);
  }

  /** {@code count} bullets of one line each. */
  private static String bullets(int count) {
    StringBuilder out = new StringBuilder("      - bullets:\n");
    for (int i = 0; i < count; i++) {
      out.append("          - ")
          .append(q("Nhiệm vụ số " + (i + 1) + " theo Kế hoạch số 05/KH-UBND ngày 26/9/2023."))
          .append('\n');
    }
    return out.toString();
  }

  /** A YAML double-quoted scalar. */
  private static String q(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
