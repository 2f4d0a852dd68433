package kehoach.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kehoach.Models;
import kehoach.model.Block;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of mistake a clerk makes gets one message that says where and what was expected. */
class PlanLoaderTest {
  private static List<Problem> problems(String yaml) {
    return assertThrows(PlanException.class, () -> PlanLoader.load("plan.yaml", yaml)).problems();
  }

  private static Problem only(String yaml) {
    List<Problem> p = problems(yaml);
    assertEquals(1, p.size(), () -> "expected one problem, got " + p);
    return p.get(0);
  }

  @Test
  void readsACorrectModel() throws PlanException {
    var loaded = PlanLoader.load("plan.yaml", Models.minimal());
    assertEquals("Lào Cai", loaded.plan().document().place());
    assertEquals(5, loaded.plan().document().number().orElseThrow());
    var budget = (Block.BudgetTable) loaded.plan().appendices().get(0).content().get(0);
    assertEquals(
        0,
        new BigDecimal("1000000")
            .compareTo(budget.rows().get(0).rows().get(0).price().orElseThrow()));
  }

  @Test
  void malformedYamlNamesLineAndColumn() {
    Problem p = only("issuer:\n  name: [unclosed\ndocument: x\n");
    assertEquals("plan.yaml", p.location().file());
    assertTrue(p.location().line() > 0, p::toString);
    assertTrue(p.message().startsWith("is not valid YAML"), p::toString);
  }

  @Test
  void textEndingInAColonGetsAHint() {
    Problem p = only("title: Ban hành Kế hoạch như sau: chi tiết\n");
    assertTrue(p.message().contains("must be put in quotes"), p::toString);
  }

  @Test
  void wrongTypeSaysWhatWasExpected() {
    String yaml = Models.minimal().replace("place: Lào Cai", "place: [Lào Cai, Sa Pa]");
    Problem p = only(yaml);
    assertEquals("document.place", p.path());
    assertEquals(5, p.location().line());
    assertEquals(10, p.location().column());
    assertEquals("expected text, found a list", p.message());
  }

  @Test
  void unknownFieldSuggestsTheNearestKnownName() {
    String yaml = Models.minimal().replace("quantity: 2", "quantiy: 2");
    List<Problem> all = problems(yaml);
    Problem unknown =
        all.stream().filter(p -> p.message().startsWith("unknown field")).findFirst().orElseThrow();
    assertEquals("appendices[0].content[0].budget.rows[0].rows[0].quantiy", unknown.path());
    assertEquals("unknown field \"quantiy\"; did you mean \"quantity\"?", unknown.message());
  }

  @Test
  void negativeQuantityIsRejected() {
    Problem p = only(Models.minimal().replace("quantity: 2", "quantity: -2"));
    assertEquals("appendices[0].content[0].budget.rows[0].rows[0].quantity", p.path());
    assertEquals("expected a number of zero or more, found \"-2\"", p.message());
  }

  @Test
  void nonNumericQuantityIsRejected() {
    Problem p = only(Models.minimal().replace("quantity: 2", "quantity: hai"));
    assertTrue(p.message().startsWith("expected a number such as 1.500.000 or 7,5"), p::toString);
    assertTrue(p.message().endsWith("found \"hai\""), p::toString);
  }

  @Test
  void missingRequiredFieldIsNamed() {
    Problem p = only(Models.minimal().replace("  name: Nguyễn Văn A\n", ""));
    assertEquals("signature", p.path());
    assertEquals("missing field \"name\": expected the signer's full name", p.message());
  }

  @Test
  void duplicateFieldIsReported() {
    Problem p =
        only(Models.minimal().replace("  place: Lào Cai\n", "  place: Lào Cai\n  place: Sa Pa\n"));
    assertEquals("document.place", p.path());
    assertTrue(p.message().contains("written twice"), p::toString);
  }

  @Test
  void everyProblemIsReportedInOneRun() {
    String yaml =
        Models.minimal()
            .replace("quantity: 2", "quantity: hai")
            .replace("number: 5", "number: năm")
            .replace("date: 2026-01-05", "date: 2026-02-30");
    assertEquals(3, problems(yaml).size());
  }

  @Test
  void wrongAuthorityPrefixIsRejected() {
    Problem p = only(Models.minimal().replace("KT. Chủ tịch", "Thay mặt Chủ tịch"));
    assertEquals("signature.authority[1]", p.path());
    assertTrue(p.message().startsWith("an authority line begins with TM., KT."), p::toString);
  }

  @Test
  void wrongChoiceSuggestsTheNearest() {
    Problem p = only(Models.minimal() + "words:\n  thousand: ngan\n");
    assertEquals("words.thousand", p.path());
    assertTrue(p.message().contains("did you mean \"ngàn\"?"), p::toString);
  }

  /** The problems of the minimal model with {@code block} (YAML flow) first in its appendix. */
  private static Problem onlyWith(String block) {
    return only(
        Models.minimal()
            .replace(
                "    content:\n      - budget:\n",
                "    content:\n      - " + block + "\n      - budget:\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # a cell whose key is not a column, but near one
          table: {columns: [stt, content, lead], rows: [{content: a, laed: b}]} | table.rows[0].laed | "laed" is not a column of this table; did you mean "lead"?
          # a cell the table knows by name, without its column
          table: {columns: [stt, content], rows: [{content: a, note: b}]}        | table.rows[0].note | the table has no note column, so this would not be printed; add note to its columns
          # the same when the table takes the default columns
          table: {rows: [{content: a, lead: b}]}                                | table.rows[0].lead | the table has no lead column, so this would not be printed; write its columns: [stt, content, lead]
          # a cell of a key of the author's own
          table: {columns: [stt, content], rows: [{content: a, place: b}]}       | table.rows[0].place | the table has no place column, so this would not be printed; add {key: place, header: …} to its columns
          # a row's own number needs the STT column
          table: {columns: [content], rows: [{stt: '9', content: a}]}            | table.rows[0].stt | the table has no stt column, so this would not be printed; add stt to its columns
          # stt without a value is neither a number nor none
          table: {rows: [{stt: null, content: a}]}                              | table.rows[0].stt | stt has no value: write stt: "" for a row without a number, or leave stt out to number the row
          # only a group has rows
          table: {rows: [{content: a, rows: [{content: b}]}]}                   | table.rows[0].rows | only a group has rows: give this row a title as group: …, or move its rows out
          # a group row prints its title and number only
          table: {columns: [stt, content, lead], rows: [{group: A, lead: b}]}    | table.rows[0].lead | a group row prints only its title (group) and its number, so this would not be printed; put it in a row under the group
          # a budget line's note when the table has no note column
          budget: {id: b2, rows: [{content: a, amount: 1, note: b}]}            | budget.rows[0].note | the budget table has no note column, so this would not be printed; write its columns: [stt, content, unit, quantity, price, amount, note]
          budget: {id: b2, columns: [stt, content, amount], rows: [{content: a, amount: 1, note: b}]} | budget.rows[0].note | the budget table has no note column, so this would not be printed; add note to its columns
          # a unit, and a group's quantity, are only printed
          budget: {id: b2, columns: [stt, content, amount], rows: [{content: a, unit: Ngày, amount: 1}]} | budget.rows[0].unit | the budget table has no unit column, so this would not be printed; add unit to its columns
          budget: {id: b2, columns: [stt, content, amount], rows: [{content: A, quantity: 2, rows: [{content: a, amount: 1}]}]} | budget.rows[0].quantity | the budget table has no quantity column, so this would not be printed; add quantity to its columns
          # a budget line's own number needs the TT column
          budget: {id: b2, columns: [content, amount], rows: [{stt: 1a, content: a, amount: 1}]} | budget.rows[0].stt | the budget table has no stt column, so this would not be printed; add stt to its columns
          """)
  void aFieldTheTableCannotPrintIsAProblemThatSaysWhatToWrite(
      String block, String path, String message) {
    Problem p = onlyWith(block);
    assertEquals("appendices[0].content[0]." + path, p.path());
    assertEquals(message, p.message());
  }

  @Test
  void aFieldTheTableCannotPrintIsReportedAtItsName() {
    Problem p = onlyWith("table: {columns: [stt, content], rows: [{content: a, note: b}]}");
    int line = (int) Models.minimal().lines().takeWhile(l -> !l.contains("- budget:")).count() + 1;
    assertEquals("plan.yaml:" + line + ":62", p.location().toString());
  }

  @Test
  void aRowsOwnNumberIsReadAsWritten() throws PlanException {
    String yaml =
        Models.minimal()
            .replace(
                "    content:\n      - budget:\n",
                "    content:\n      - table: {rows: [{stt: 9, content: a}, {stt: '', content: b},"
                    + " {content: c}]}\n      - budget:\n");
    var table =
        (Block.DataTable)
            PlanLoader.load("plan.yaml", yaml).plan().appendices().get(0).content().get(0);
    assertEquals(
        List.of(Optional.of("9"), Optional.of(""), Optional.empty()),
        table.rows().stream().map(Block.TableRow::stt).toList());
    assertEquals(Map.of("content", "a"), table.rows().get(0).cells(), "stt is not a cell");
  }

  @Test
  void aMergedCellIsReadWithHowFarItReaches() throws PlanException {
    String yaml =
        Models.minimal()
            .replace(
                "    content:\n      - budget:\n",
                """
                    content:
                      - table:
                          columns: [stt, content, lead, partners]
                          rows:
                            - stt: {rows: 2}
                              content: {text: Rà soát, rows: 2}
                              lead: {text: "Các sở, ngành theo chức năng", span: 2}
                            - {lead: Sở Nội vụ, partners: Sở Tư pháp}
                      - budget:
                """);
    var table =
        (Block.DataTable)
            PlanLoader.load("plan.yaml", yaml).plan().appendices().get(0).content().get(0);
    Block.TableRow first = table.rows().get(0);
    assertEquals(Optional.empty(), first.stt(), "a merged STT without text is numbered");
    assertEquals(
        Map.of("content", "Rà soát", "lead", "Các sở, ngành theo chức năng"), first.cells());
    assertEquals(
        Map.of(
            "stt", new Block.Span(1, 2),
            "content", new Block.Span(1, 2),
            "lead", new Block.Span(2, 1)),
        first.spans());
    Block.TableRow second = table.rows().get(1);
    assertEquals(Map.of("lead", "Sở Nội vụ", "partners", "Sở Tư pháp"), second.cells());
    assertEquals(Map.of(), second.spans());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # a cell that a merged cell to its left covers
          table: {columns: [stt, content, lead, partners], rows: [{content: a, lead: {text: 'Các sở, ngành', span: 2}, partners: b}]} | table.rows[0].partners | partners is covered by lead (span: 2), so this would not be printed; leave partners out of this row
          # a cell that a merged cell above covers
          table: {rows: [{content: {text: a, rows: 2}}, {content: b}]}                      | table.rows[1].content | content is covered by rows[0].content (rows: 2) above it, so this would not be printed; leave content out of this row
          # the STT of a row that a merged STT above covers
          table: {rows: [{stt: {rows: 2}, content: a}, {stt: '9', content: b}]}           | table.rows[1].stt     | stt is covered by rows[0].stt (rows: 2) above it, so this would not be printed; leave stt out of this row
          # across the last column
          table: {columns: [stt, content, lead, partners], rows: [{content: a, partners: {text: b, span: 2}}]} | table.rows[0].partners.span | expected at most 1: partners is the table's last column, found 2
          table: {columns: [stt, content, lead, partners], rows: [{content: a, lead: {text: b, span: 3}}]}     | table.rows[0].lead.span     | expected at most 2: lead has 1 column to its right (partners), found 3
          # across a position that a merged cell above covers
          table: {columns: [stt, content, lead, partners], rows: [{content: a, partners: {text: p, rows: 2}}, {content: b, lead: {text: l, span: 2}}]} | table.rows[1].lead.span | expected at most 1: partners is covered by rows[0].partners (rows: 2) above it, found 2
          # below the table's last row
          table: {rows: [{content: a}, {content: {text: b, rows: 3}}, {}]}                 | table.rows[1].content.rows | expected at most 2: this row and the 1 row below it in the table, found 3
          # below its group's last row
          table: {rows: [{group: A, rows: [{content: {text: a, rows: 2}}]}, {group: B}]}   | table.rows[0].rows[0].content.rows | expected at most 1: no row follows it in its group, found 2
          # into a group row
          table: {rows: [{content: {text: a, rows: 2}}, {group: B, rows: [{content: b}]}]} | table.rows[0].content.rows | "expected at most 1: no row follows it before the group ""B"", found 2"
          # a span is a whole number of 1 or more
          table: {columns: [stt, content, lead, partners], rows: [{content: a, lead: {text: b, span: 0}}]}     | table.rows[0].lead.span | "expected a whole number of 1 or more, found ""0""\"
          # a merged cell has text, span and rows
          table: {rows: [{content: {text: a, spna: 2}}]}                                   | table.rows[0].content.spna | "unknown field ""spna""; did you mean ""span""?"
          """)
  void aMergedCellCoversItsNeighboursAndStaysInItsTable(String block, String path, String message) {
    Problem p = onlyWith(block);
    assertEquals("appendices[0].content[0]." + path, p.path());
    assertEquals(message, p.message());
  }

  @Test
  void aColumnAndACellAreReadWithTheirAlignment() throws PlanException {
    String yaml =
        Models.minimal()
            .replace(
                "    content:\n      - budget:\n",
                """
                    content:
                      - table:
                          columns: [stt, content, {key: time, header: Thời gian, align: center}]
                          rows:
                            - {content: Rà soát, time: {text: Quý I, align: right}}
                            - {stt: {text: "9a", align: left}, content: {text: Kiểm tra, span: 2, align: center}}
                      - budget:
                """);
    var table =
        (Block.DataTable)
            PlanLoader.load("plan.yaml", yaml).plan().appendices().get(0).content().get(0);
    assertEquals(Optional.of("center"), table.columns().get(2).align());
    assertEquals(Optional.empty(), table.columns().get(1).align());
    assertEquals(Map.of("time", "right"), table.rows().get(0).aligns());
    assertEquals(Map.of("stt", "left", "content", "center"), table.rows().get(1).aligns());
    assertEquals(Map.of("content", new Block.Span(2, 1)), table.rows().get(1).spans());
  }

  @Test
  void anAlignmentIsLeftCenterRightOrJustify() {
    Problem p =
        onlyWith("table: {columns: [stt, content], rows: [{content: {text: a, align: rigth}}]}");
    assertEquals("appendices[0].content[0].table.rows[0].content.align", p.path());
    assertTrue(p.message().contains("did you mean \"right\"?"), p.message());
    // real task tables justify their long text columns; anything else is refused
    Problem column = onlyWith("table: {columns: [stt, {key: content, align: middle}]}");
    assertEquals("appendices[0].content[0].table.columns[1].align", column.path());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # past the amount column
          - {content: Hội nghị, span: 5, rows: [{content: a, amount: 1}]}                 | rows[0].span     | "expected at most 4: content has 3 columns to its right before the amount (unit, quantity, price), found 5"
          # a field the content covers
          - {content: Hội nghị, span: 3, unit: Ngày, rows: [{content: a, amount: 1}]}     | rows[0].unit     | unit is covered by content (span: 3), so this would not be printed; leave unit out of this line, or make the span smaller
          - {content: Hội nghị, span: 4, quantity: 2, rows: [{content: a, amount: 1}]}    | rows[0].quantity | quantity is covered by content (span: 4), so this would not be printed; leave quantity out of this line, or make the span smaller
          """)
  void aBudgetLinesContentSpansAsFarAsTheAmount(String rows, String path, String message) {
    Problem p = only(Models.withBudget(rows));
    assertEquals("appendices[0].content[0].budget." + path, p.path(), p::toString);
    assertEquals(message, p.message());
  }

  @Test
  void aBudgetGroupsContentSpanIsRead() throws PlanException {
    var table =
        (Block.BudgetTable)
            PlanLoader.load(
                    "plan.yaml",
                    Models.withBudget(
                        """
                        - content: Hội nghị
                          span: 4
                          rows: [{content: Tài liệu, amount: 500.000}]
                        """))
                .plan()
                .appendices()
                .get(0)
                .content()
                .get(0);
    assertEquals(4, table.rows().get(0).span());
    assertEquals(1, table.rows().get(0).rows().get(0).span());
  }

  @Test
  void aSpanTooWideIsReportedAtTheSpan() {
    String block =
        "table: {columns: [stt, content, lead, partners], rows: [{content: a, partners: {text: b,"
            + " span: 2}}]}";
    Problem p = onlyWith(block);
    int line = (int) Models.minimal().lines().takeWhile(l -> !l.contains("- budget:")).count() + 1;
    int column = "      - ".length() + block.indexOf("span: 2") + "span: ".length() + 1;
    assertEquals("plan.yaml:" + line + ":" + column, p.location().toString());
  }

  @Test
  void emptyFileIsAProblemNotACrash() {
    assertTrue(only("").message().startsWith("is empty"));
  }

  @Test
  void jsonReadsNumbersInItsOwnConvention() throws PlanException {
    String json =
        """
        {"issuer": {"name": "Ủy ban nhân dân tỉnh Lào Cai"},
         "document": {"place": "Lào Cai", "date": "2026-01"},
         "title": "T",
         "sections": [{"title": "Mục tiêu", "content": ["Nội dung."]}],
         "archive": ["VT"],
         "signature": {"title": "Chủ tịch", "name": "A"},
         "appendices": [{"id": "b", "title": "B", "content": [{"budget": {"rows": [
           {"content": "x", "quantity": 1.5, "price": 1000}]}}]}]}
        """;
    var loaded = PlanLoader.load("plan.json", json);
    var budget = (Block.BudgetTable) loaded.plan().appendices().get(0).content().get(0);
    assertEquals(0, new BigDecimal("1.5").compareTo(budget.rows().get(0).quantity().orElseThrow()));
  }
}
