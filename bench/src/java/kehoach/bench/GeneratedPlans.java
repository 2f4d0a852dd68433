package kehoach.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.Models;

/**
 * Plan models of a chosen size for the benchmarks: a budget (dự toán kinh phí) of so many rows and
 * a task table (phân công nhiệm vụ) of so many rows, each in its own appendix, after a short body
 * that cites both. The text is like a real plan's (dates, document symbols, amounts) so that line
 * breaking does its usual work, and every model is valid: it loads, checks and renders without a
 * problem.
 *
 * <p>Names: {@code rows-N} has N budget rows and N task rows; {@code budget-N} and {@code tasks-N}
 * only the one table. A budget's rows are counted as printed: groups of ten, a group row (mục) and
 * nine lines (quantity × unit price), the last group shorter; a task table's rows are all tasks.
 */
public final class GeneratedPlans {
  private GeneratedPlans() {}

  private static final Pattern NAME = Pattern.compile("(rows|budget|tasks)-(\\d+)");

  /** Prints the model text of each plan named, one after another: {@code rows-100}. */
  public static void main(String[] names) {
    for (String name : names) {
      System.out.print(yaml(name));
    }
  }

  /** Whether {@code name} names a generated plan rather than a sample. */
  public static boolean isGenerated(String name) {
    return NAME.matcher(name).matches();
  }

  /** The model text of the generated plan {@code name} ({@code rows-1000}, {@code budget-10}…). */
  public static String yaml(String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a generated plan: " + name);
    }
    int n = Integer.parseInt(m.group(2));
    return switch (m.group(1)) {
      case "rows" -> yaml(n, n);
      case "budget" -> yaml(n, 0);
      default -> yaml(0, n);
    };
  }

  /**
   * A plan with {@code budgetRows} budget rows and {@code taskRows} task rows (either may be 0).
   */
  public static String yaml(int budgetRows, int taskRows) {
    StringBuilder y = new StringBuilder(256 * (budgetRows + taskRows) + 4096);
    y.append(
        """
        issuer:
          name: Ủy ban nhân dân tỉnh Ninh Thuận
        document:
          place: Ninh Thuận
          date: 2024-05-07
        title: "Triển khai nhiệm vụ khoa học và công nghệ năm 2024 (kế hoạch sinh cho đo hiệu năng)"
        bases:
          - {type: Quyết định, number: 36/QĐ-TTg, date: 2021-01-11, issuer: Thủ tướng Chính phủ,
             subject: "phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất"}
        sections:
          - title: Mục đích, yêu cầu
            content:
              - "%s"
              - "%s"
          - title: Tổ chức thực hiện
            content:
        """
            .formatted(sentences(0, 3), sentences(2, 4)));
    if (budgetRows > 0) {
      y.append(
          "      - \"Tổng kinh phí: **${total} đồng** (${words}), chi tiết theo"
              + " ${appendix:budget}.\"\n");
    }
    if (taskRows > 0) {
      y.append("      - \"Phân công thực hiện theo ${appendix:tasks}.\"\n");
    }
    y.append("      - \"").append(sentences(3, 2)).append("\"\n");
    y.append(
        """
        recipients:
          - Bộ Khoa học và Công nghệ
          - Các sở, ban, ngành tỉnh
        archive: [VT, VP UBND tỉnh]
        signature:
          authority: KT. Chủ tịch
          title: Phó Chủ tịch
          name: Trần Văn Chiến
        """);
    if (budgetRows > 0 || taskRows > 0) {
      y.append("appendices:\n");
    }
    if (budgetRows > 0) {
      budget(y, budgetRows);
    }
    if (taskRows > 0) {
      tasks(y, taskRows);
    }
    return y.toString();
  }

  private static void budget(StringBuilder y, int rows) {
    y.append(
        """
          - id: budget
            title: Dự toán kinh phí thực hiện năm 2024
            content:
              - budget:
                  unit: đồng
                  rows:
        """);
    int n = 0;
    for (int g = 0; g * 10 < rows; g++) {
      int lines = Math.min(9, rows - g * 10 - 1);
      y.append("            - content: \"").append(words(g, 30 + (g % 4) * 40)).append("\"\n");
      if (lines == 0) {
        y.append("              amount: 1.000.000\n");
        continue;
      }
      y.append("              rows:\n");
      for (int i = 0; i < lines; i++, n++) {
        y.append("                - {content: \"")
            .append(words(n, 15 + (n % 5) * 25))
            .append("\", unit: Người x ngày, quantity: ")
            .append(1 + n % 40)
            .append(", price: ")
            .append(amount(50_000L * (1 + n % 23)))
            .append("}\n");
      }
    }
  }

  private static void tasks(StringBuilder y, int rows) {
    y.append(
        """
          - id: tasks
            title: Phân công nhiệm vụ
            content:
              - table:
                  columns: [stt, content, lead, partners, time]
                  rows:
        """);
    for (int i = 0; i < rows; i++) {
      y.append("            - content: \"")
          .append(words(i, 30 + (i % 6) * 30))
          .append("\"\n              lead: ")
          .append(i % 3 == 0 ? "Sở Khoa học và Công nghệ" : "Văn phòng UBND tỉnh")
          .append("\n              partners: \"")
          .append(words(i + 7, 20 + (i % 3) * 30))
          .append("\"\n              time: Quý ")
          .append(1 + i % 4)
          .append("/2024\n");
    }
  }

  /** An amount as a model writes it: 1.150.000. */
  private static String amount(long dong) {
    return String.format(Locale.ROOT, "%,d", dong).replace(',', '.');
  }


  private static final String SOURCE = String.join(" ", Models.SENTENCES).replace("%", "") + " ";

  private static String sentences(int from, int count) {
    return Models.sentences(from, count);
  }

  /**
   * Whole words, about {@code chars} characters, starting at a place that depends on {@code from}.
   */
  private static String words(int from, int chars) {
    StringBuilder out = new StringBuilder();
    int at = SOURCE.indexOf(' ', (from * 37) % SOURCE.length()) + 1;
    while (out.length() < chars) {
      int space = SOURCE.indexOf(' ', at);
      if (space < 0) {
        at = 0;
        continue;
      }
      if (space > at) {
        out.append(out.length() == 0 ? "" : " ").append(SOURCE, at, space);
      }
      at = space + 1;
    }
    return out.toString().replaceAll("[.,;]$", "");
  }
}
