package kehoach.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannerTest {
  /** The minimal model with its sections replaced by {@code sections}. */
  private static String withSections(String sections) {
    String m = Models.minimal();
    int start = m.indexOf("sections:");
    int end = m.indexOf("recipients:");
    return m.substring(0, start)
        + "sections:\n"
        + sections.indent(2)
        + "  - title: Kinh phí\n    content: ['${appendix:budget}']\n"
        + m.substring(end);
  }

  private static ComputedPlan plan(String sections) throws PlanException {
    return Kehoach.compute("plan.yaml", withSections(sections));
  }

  private static List<String> labels(List<Part> parts) {
    List<String> out = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Part.Heading h) {
        out.add(h.label() + " " + h.title().plain() + h.text().plain());
        out.addAll(labels(h.parts()));
      }
    }
    return out;
  }

  @Test
  void headingsAreNumberedInTheDecreesScheme() throws PlanException {
    ComputedPlan plan =
        plan(
            """
            - title: Mục đích, yêu cầu
              content:
                - title: Mục đích
                  content:
                    - {text: một}
                    - {text: hai}
                    - {text: ba}
                    - {text: bốn}
                    - {text: năm}
                    - {text: sáu}
                - title: Yêu cầu
            """);
    assertEquals(
        List.of(
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "a) một",
            "b) hai",
            "c) ba",
            "d) bốn",
            "đ) năm",
            "e) sáu",
            "2. Yêu cầu",
            "II. KINH PHÍ"),
        labels(plan.body()));
  }

  @Test
  void decimalNumberingContinuesTheParentsNumber() throws PlanException {
    ComputedPlan plan =
        plan(
            """
            - title: Mục tiêu
              content:
                - title: Chung
                - title: Nhiệm vụ
                  numbering: decimal
                  content: [{title: Một}, {title: Hai}]
            """);
    assertEquals(
        List.of("I. MỤC TIÊU", "1. Chung", "2. Nhiệm vụ", "2.1. Một", "2.2. Hai", "II. KINH PHÍ"),
        labels(plan.body()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the last closing paragraph ends with ./. whatever it ended with
          Xin cảm ơn       | Xin cảm ơn./.
          Xin cảm ơn.      | Xin cảm ơn./.
          Xin cảm ơn./.    | Xin cảm ơn./.
          """)
  void closingEndsWithTheDecreesMark(String written, String printed) throws PlanException {
    String yaml =
        Models.minimal().replace("recipients:", "closing: '" + written + "'\nrecipients:");
    List<Text> closing = Kehoach.compute("plan.yaml", yaml).closing();
    assertEquals(printed, closing.get(closing.size() - 1).plain());
  }

  @Test
  void inlineMarksBecomeRuns() throws PlanException {
    ComputedPlan plan = plan("- title: A\n  content: ['Tổng: **74.580.000** đồng (*chữ*)']");
    Part.Heading a = (Part.Heading) plan.body().get(0);
    Text t = ((Part.Paragraph) a.parts().get(0)).text();
    assertEquals(
        List.of(
            new Text.Run("Tổng: ", false, false),
            new Text.Run("74.580.000", true, false),
            new Text.Run(" đồng (", false, false),
            new Text.Run("chữ", false, true),
            new Text.Run(")", false, false)),
        t.runs());
  }

  @Test
  void appendixPlaceholdersPrintTheAppendixName() throws PlanException {
    ComputedPlan plan = Kehoach.compute("plan.yaml", Models.minimal());
    String text =
        ((Part.Paragraph) ((Part.Heading) plan.body().get(0)).parts().get(0)).text().plain();
    assertEquals(
        "Tổng kinh phí: 2.500.000 đồng (Hai triệu, năm trăm nghìn đồng), chi tiết tại Phụ lục./.",
        text);
  }

  @Test
  void aLastParagraphThatEndsWithTheMarkAlreadyKeepsItAndItsHeadingTakesNone()
      throws PlanException {
    String model =
        Models.minimal()
            .replace("chi tiết tại ${appendix:budget}.\"", "chi tiết tại ${appendix:budget}./.\"");
    ComputedPlan plan = Kehoach.compute("plan.yaml", model);
    Part.Heading heading = (Part.Heading) plan.body().get(0);
    assertEquals("KINH PHÍ THỰC HIỆN", heading.title().plain());
    assertTrue(((Part.Paragraph) heading.parts().get(0)).text().plain().endsWith("Phụ lục./."));
  }

  @Test
  void referencesToWhatDoesNotExistAreProblems() {
    List<Problem> p =
        assertThrows(
                PlanException.class,
                () ->
                    plan(
                        """
                        - title: A
                          content: ['${appendix:tasks} ${section:reporting} ${tong}']
                        """))
            .problems();
    assertEquals(3, p.size(), p::toString);
    assertTrue(p.get(0).message().startsWith("${appendix:tasks} names no appendix"));
    assertTrue(p.get(1).message().startsWith("${section:reporting} names no section"));
    assertTrue(p.get(2).message().startsWith("unknown placeholder ${tong}"));
    assertEquals("sections[0].content[0]", p.get(0).path());
  }

  @Test
  void aPlanWithoutSectionsIsAProblem() {
    String m = Models.minimal();
    String yaml =
        m.substring(0, m.indexOf("sections:"))
            + "sections: []\n"
            + m.substring(m.indexOf("recipients:"));
    List<Problem> p =
        assertThrows(PlanException.class, () -> Kehoach.compute("plan.yaml", yaml)).problems();
    assertEquals("sections", p.get(0).path());
    assertEquals("plan.yaml:8:11", p.get(0).location().toString());
    assertEquals("a plan needs at least one section (mục I)", p.get(0).message());
  }

  @Test
  void anAppendixTheBodyNeverCitesIsAProblem() {
    String yaml = Models.minimal().replace(", chi tiết tại ${appendix:budget}", "");
    List<Problem> p =
        assertThrows(PlanException.class, () -> Kehoach.compute("plan.yaml", yaml)).problems();
    assertEquals(1, p.size());
    assertEquals("appendices[0]", p.get(0).path());
    assertTrue(p.get(0).message().contains("NĐ 30 requires it"), p.get(0)::toString);
  }

  @Test
  void aDraftShowsBlanksForNumberAndDay() throws PlanException {
    String yaml =
        Models.minimal().replace("  date: 2026-01-05", "  date: 2026-01-05\n  draft: true");
    Header h = Kehoach.compute("plan.yaml", yaml).header();
    assertTrue(h.draft());
    assertEquals("Số:      /KH-UBND", h.numberLine());
    assertEquals("Lào Cai, ngày       tháng 01 năm 2026", h.placeAndDate());
  }

  @Test
  void numbersBelowTenTakeALeadingZero() throws PlanException {
    Header h = Kehoach.compute("plan.yaml", Models.minimal()).header();
    assertEquals("Số: 05/KH-UBND", h.numberLine());
    assertEquals("Lào Cai, ngày 05 tháng 01 năm 2026", h.placeAndDate());
  }

  @Test
  void budgetGridHasTheTotalRowUnitLineAndWords() throws PlanException {
    ComputedPlan plan = Kehoach.compute("plan.yaml", Models.minimal());
    Grid g = ((Part.Table) plan.appendices().get(0).parts().get(0)).grid();
    assertEquals("Đơn vị tính: đồng", g.unitLine().orElseThrow());
    assertEquals("(Bằng chữ: Hai triệu, năm trăm nghìn đồng)", g.wordsLine().orElseThrow());
    Grid.Row total = g.rows().get(g.rows().size() - 1);
    assertTrue(total.isTotal());
    assertEquals("2.500.000", total.cells().get(5).plain());
    Grid.Row item = g.rows().get(1);
    assertEquals(
        List.of("1", "Thuê hội trường", "Ngày", "2", "1.000.000", "2.000.000"),
        item.cells().stream().map(Grid.Cell::plain).toList());
  }

  /** The STT column of a data table written as {@code table} (YAML flow), blanks as "(none)". */
  private static String sttColumn(String table) throws PlanException {
    String yaml =
        Models.minimal()
            .replace(
                "    content:\n      - budget:\n",
                "    content:\n      - table: " + table + "\n      - budget:\n");
    ComputedPlan plan = Kehoach.compute("plan.yaml", yaml);
    Grid grid = ((Part.Table) plan.appendices().get(0).parts().get(0)).grid();
    return printed(grid.rows().stream().map(r -> r.cells().get(0).plain()).toList());
  }

  private static String printed(List<String> labels) {
    return String.join(", ", labels.stream().map(l -> l.isEmpty() ? "(none)" : l).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # automatic: a row without stt takes the next number
          {rows: [{content: a}, {content: b}, {content: c}]}                               | 1, 2, 3
          # override: stt prints as written; a number of the level goes on counting from there
          {rows: [{content: a}, {stt: '9', content: b}, {content: c}]}                     | 1, 9, 10
          # a number written with a leading zero, as drafters do, counts as its value
          {rows: [{content: a}, {stt: '09', content: b}, {content: c}]}                    | 1, 09, 10
          # override: any other label is a row put in between, and the count stays
          {rows: [{content: a}, {stt: 1a, content: b}, {content: c}]}                      | 1, 1a, 2
          # blank, continuation: stt "" prints nothing and the count stays
          {rows: [{content: a}, {stt: '', content: a (tiếp)}, {content: b}]}               | 1, (none), 2
          # groups count I, II; a group's own number carries on, and its rows start at 1
          {rows: [{group: A, rows: [{content: a}]}, {group: B, stt: IV, rows: [{content: b}, {content: c}]}, {group: C}]} | I, 1, IV, 1, 2, V
          # a row without a number in a group, and a group without one
          {rows: [{group: A, rows: [{content: a}, {stt: '', content: a}]}, {group: B, stt: ''}, {group: C}]} | I, 1, (none), (none), II
          # letters: đ follows an own d
          {numbering: [letter], rows: [{stt: d, content: a}, {content: b}]}               | d, đ
          # decimal: 2.9 under 2 goes on with 2.10
          {numbering: [arabic, decimal], rows: [{group: A}, {group: B, rows: [{stt: '2.9', content: b}, {content: c}]}]} | 1, 2, 2.9, 2.10
          # a number of another level is only a label: 9 among I, II
          {rows: [{group: A}, {group: B, stt: '9'}, {group: C}]}                          | I, 9, II
          """)
  void dataTableRowsAreNumberedUnlessTheyCarryTheirOwnStt(String table, String stt)
      throws PlanException {
    assertEquals(stt, sttColumn(table));
  }

  /**
   * The rows of a data table as HTML lists their cells: each cell that starts in the row as
   * "column:text", with its colspan and rowspan when more than 1.
   */
  private static List<String> cellsByRow(String table) throws PlanException {
    String yaml =
        Models.minimal()
            .replace(
                "    content:\n      - budget:\n",
                "    content:\n      - table: " + table + "\n      - budget:\n");
    Grid grid =
        ((Part.Table) Kehoach.compute("plan.yaml", yaml).appendices().get(0).parts().get(0)).grid();
    List<String> rows = new ArrayList<>();
    for (Grid.Row row : grid.rows()) {
      List<String> cells = new ArrayList<>();
      for (Grid.Cell c : row.cells()) {
        cells.add(
            c.column()
                + ":"
                + c.plain()
                + (c.colspan() > 1 ? " colspan=" + c.colspan() : "")
                + (c.rowspan() > 1 ? " rowspan=" + c.rowspan() : ""));
      }
      rows.add(String.join(" | ", cells));
    }
    return rows;
  }

  @Test
  void aMergedCellIsOneCellAndTheCellsItCoversAreLeftOut() throws PlanException {
    assertEquals(
        List.of(
            "0:1 rowspan=2 | 1:Rà soát rowspan=2 | 2:Báo cáo | 3:Các sở, ngành colspan=2",
            "2:Quyết định | 3:Sở Nội vụ | 4:Sở Tư pháp",
            "0:2 | 1:Tập huấn | 2:Lớp học | 3:Sở Nội vụ | 4:"),
        cellsByRow(
            "{columns: [stt, content, {key: product, header: Sản phẩm}, lead, partners], rows: ["
                + "{stt: {rows: 2}, content: {text: Rà soát, rows: 2}, product: Báo cáo,"
                + " lead: {text: 'Các sở, ngành', span: 2}},"
                + " {product: Quyết định, lead: Sở Nội vụ, partners: Sở Tư pháp},"
                + " {content: Tập huấn, product: Lớp học, lead: Sở Nội vụ}]}"));
  }

  @Test
  void aRowUnderAMergedTaskTakesNoNumberWithSttBlank() throws PlanException {
    assertEquals(
        List.of("0:1 | 1:a rowspan=2 | 2:x", "0: | 2:y", "0:2 | 1:b | 2:"),
        cellsByRow(
            "{columns: [stt, content, note], rows: [{content: {text: a, rows: 2}, note: x},"
                + " {stt: '', note: y}, {content: b}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # automatic, and the total names the lines it adds up
          [{content: a, amount: 1}, {content: b, amount: 1}, {content: c, amount: 1}]             | 1, 2, 3         | TỔNG CỘNG (1+2+3)
          # override in groups: the total names them as printed
          [{content: A, rows: [{content: a, amount: 1}]}, {content: B, stt: III, rows: [{content: b, amount: 1}]}, {content: C, rows: [{content: c, amount: 1}]}] | I, 1, III, 1, IV, 1 | TỔNG CỘNG (I+III+IV)
          # a line put in between
          [{content: a, amount: 1}, {stt: 1a, content: b, amount: 1}, {content: c, amount: 1}]    | 1, 1a, 2        | TỔNG CỘNG (1+1a+2)
          # blank: a line without a number cannot be named, so the total names none
          [{content: a, amount: 1}, {stt: '', content: b, amount: 1}, {content: c, amount: 1}]    | 1, (none), 2    | TỔNG CỘNG
          """)
  void budgetLinesAreNumberedTheSameWay(String rows, String tt, String totalLabel)
      throws PlanException {
    ComputedPlan plan = Kehoach.compute("plan.yaml", Models.withBudget("  " + rows));
    List<String> labels = new ArrayList<>();
    plan.budgets().get("budget").forEachLine(l -> labels.add(l.label()));
    assertEquals(tt, printed(labels));
    assertEquals(totalLabel, plan.budgets().get("budget").totalLabel());
    assertEquals(
        0,
        java.math.BigDecimal.valueOf(3).compareTo(plan.budgets().get("budget").total()),
        "numbering never changes the sums");
  }
}
