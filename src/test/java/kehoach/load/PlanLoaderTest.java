package kehoach.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import kehoach.Models;
import kehoach.model.Block;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.junit.jupiter.api.Test;

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
