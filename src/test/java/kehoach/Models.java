package kehoach;

import java.util.List;

/** Small plan models for tests, written as a clerk would write them. */
public final class Models {
  private Models() {}

  /** A complete, correct plan whose only appendix holds a budget table of {@code budgetRows}. */
  public static String withBudget(String budgetRows) {
    return withBudget("", budgetRows);
  }

  /** As {@link #withBudget(String)}, with more fields of the table ("unit: triệu đồng"). */
  public static String withBudget(String tableFields, String budgetRows) {
    return """
        issuer:
          name: Ủy ban nhân dân tỉnh Lào Cai
        document:
          number: 5
          place: Lào Cai
          date: 2026-01-05
        title: Kiểm tra công tác cải cách hành chính năm 2026
        sections:
          - title: Kinh phí thực hiện
            role: budget
            content:
              - "Tổng kinh phí: ${total} đồng (${words}), chi tiết tại ${appendix:budget}."
        recipients: [Bộ Nội vụ]
        archive: [VT, NC]
        signature:
          authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]
          title: Phó Chủ tịch
          name: Nguyễn Văn A
        appendices:
          - id: budget
            title: Dự toán kinh phí
            content:
              - budget:
        """
        + tableFields.indent(10)
        + "          rows:\n"
        + budgetRows.indent(10);
  }

  /**
   * The {@link #minimal()} plan with a data table first in its appendix: {@code table} is the
   * table's fields, as YAML under "table:" (columns, rows).
   */
  public static String withTable(String table) {
    return minimal()
        .replace(
            "    content:\n      - budget:\n",
            "    content:\n      - table:\n" + table.indent(10) + "      - budget:\n");
  }

  /**
   * A task table (phân công nhiệm vụ) with merged cells: "Các sở, ngành theo chức năng" across Chủ
   * trì and Phối hợp, and a task whose STT and Nhiệm vụ span its two products.
   */
  public static final String MERGED_TASKS =
      """
      columns: [stt, content, {key: product, header: Sản phẩm}, lead, partners]
      rows:
        - {content: Rà soát thủ tục hành chính, product: Báo cáo rà soát,
           lead: {text: "Các sở, ngành theo chức năng", span: 2}}
        - stt: {rows: 2}
          content: {text: Tập huấn cán bộ về chuyển đổi số, rows: 2}
          product: Tài liệu tập huấn
          lead: Sở Nội vụ
          partners: Sở Khoa học và Công nghệ
        - {product: Lớp tập huấn, lead: Sở Nội vụ}
        - {content: Kiểm tra, product: Báo cáo kết quả, lead: Văn phòng UBND tỉnh}
      """;

  /**
   * Sentences for body text, each with units a line must not break inside, for the stress plans of
   * the layout tests and the benchmarks' generated plans.
   */
  public static final List<String> SENTENCES =
      List.of(
          "Triển khai thực hiện Quyết định số 36/QĐ-TTg ngày 11/01/2021 của Thủ tướng Chính phủ về"
              + " nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo giai"
              + " đoạn 2021 - 2030.",
          "Tổng kinh phí dự kiến là 74.580.000 đồng, trong đó vốn đối ứng của doanh nghiệp chiếm"
              + " 7,5% tổng mức đầu tư của chương trình.",
          "Thực hiện Kế hoạch số 4009/KH-UBND ngày 26/9/2023 của Ủy ban nhân dân tỉnh và Nghị quyết"
              + " số 14-NQ/TU ngày 10/01/2022 của Ban Chấp hành Đảng bộ tỉnh.",
          "Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố chủ động phối hợp, tổ chức"
              + " thực hiện có hiệu quả các nhiệm vụ được giao theo Kế hoạch số 05/KH-UBND.",
          "Định kỳ trước ngày 15/12/2024 báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ để"
              + " tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo Nghị định số 30/2020/NĐ-CP.");

  /**
   * {@code count} sentences from {@link #SENTENCES}, starting at {@code from}, as one paragraph.
   */
  public static String sentences(int from, int count) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(SENTENCES.get((from + i) % SENTENCES.size()));
    }
    return String.join(" ", out);
  }

  /** A correct plan with a two-line budget: 2 × 1.000.000 and a lump 500.000. */
  public static String minimal() {
    return withBudget(
        """
        - content: Hội nghị
          rows:
            - {content: Thuê hội trường, unit: Ngày, quantity: 2, price: 1.000.000}
            - {content: Tài liệu, amount: 500.000}
        """);
  }
}
