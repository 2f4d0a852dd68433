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
