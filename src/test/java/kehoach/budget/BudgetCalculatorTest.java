package kehoach.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.junit.jupiter.api.Test;

class BudgetCalculatorTest {
  private static ComputedBudget budget(String rows) throws PlanException {
    return Kehoach.compute("plan.yaml", Models.withBudget(rows)).budgets().get("budget");
  }

  private static List<Problem> problems(String rows) {
    return assertThrows(
            PlanException.class, () -> Kehoach.compute("plan.yaml", Models.withBudget(rows)))
        .problems();
  }

  private static List<String> amounts(ComputedBudget b) {
    List<String> out = new ArrayList<>();
    b.forEachLine(l -> out.add(l.label() + " " + l.amount().toPlainString()));
    return out;
  }

  @Test
  void itemIsQuantityTimesPriceAndGroupIsTheSumOfItsLines() throws PlanException {
    ComputedBudget b =
        budget(
            """
            - content: A
              rows:
                - {content: a1, quantity: 5, price: 1.000.000}
                - {content: a2, quantity: 12, price: 80.000}
                - {content: a3, amount: 1.000.000}
            - content: B
              rows:
                - {content: b1, quantity: 2, price: 200.000}
            """);
    assertEquals(
        List.of("I 6960000", "1 5000000", "2 960000", "3 1000000", "II 400000", "1 400000"),
        amounts(b));
    assertEquals(0, new BigDecimal("7360000").compareTo(b.total()));
    assertEquals("TỔNG CỘNG (I+II)", b.totalLabel());
    assertEquals("Bảy triệu, ba trăm sáu mươi nghìn đồng", b.words());
  }

  @Test
  void totalLabelListsOnlyTheGroupsPresent() throws PlanException {
    ComputedBudget b =
        budget(
            """
            - {content: A, rows: [{content: a, amount: 1}]}
            - {content: B, rows: [{content: b, amount: 1}]}
            - {content: C, rows: [{content: c, amount: 1}]}
            """);
    assertEquals("TỔNG CỘNG (I+II+III)", b.totalLabel());
  }

  @Test
  void aSingleGroupNeedsNoList() throws PlanException {
    assertEquals(
        "TỔNG CỘNG", budget("- {content: A, rows: [{content: a, amount: 1}]}").totalLabel());
  }

  @Test
  void groupWithQuantityButNoPriceTakesItsAmountFromItsLines() throws PlanException {
    ComputedBudget b =
        budget(
            """
            - content: Cử công chức tham gia
              unit: Lần
              quantity: 2
              rows:
                - {content: Hội nghị, quantity: 1, price: 10}
                - {content: Lớp đào tạo, quantity: 1, price: 30}
            """);
    assertEquals(0, BigDecimal.valueOf(40).compareTo(b.total()));
  }

  @Test
  void percentageLinesAreComputedFromTheirBase() throws PlanException {
    ComputedBudget b =
        budget(
            """
            - {id: gtb, content: Chi phí phần mềm, amount: 197.703.000}
            - {id: gqlda, content: Chi phí quản lý dự án, percent: "2,13", of: gtb}
            - {content: Chi phí dự phòng, percent: 5, of: [gtb, gqlda]}
            """);
    // 2,13 % × 197.703.000 = 4.211.073,9 → 4.211.074 (half-up to a whole đồng)
    // 5 % × (197.703.000 + 4.211.074) = 10.095.703,7 → 10.095.704
    assertEquals(List.of("1 197703000", "2 4211074", "3 10095704"), amounts(b));
  }

  @Test
  void aPercentageLineThatDisagreesWithItsFormulaIsRejected() {
    // reference 08 prints a "5% x TMĐT" contingency as 10.000.000 whatever its base
    List<Problem> p =
        problems(
            """
            - {id: tmdt, content: Tổng mức đầu tư, amount: 215.000.000}
            - {content: Chi phí dự phòng, percent: 5, of: tmdt, amount: 10.000.000}
            """);
    assertEquals(1, p.size());
    assertEquals(
        "the stated amount 10.000.000 đồng differs from 5% × 215.000.000 = 10.750.000 đồng",
        p.get(0).message());
  }

  @Test
  void roundingIsHalfUpToAWholeDongInTheTablesUnit() throws PlanException {
    ComputedBudget dong = budget("- {content: x, quantity: '1,5', price: 333}");
    assertEquals(0, new BigDecimal("500").compareTo(dong.total()), "1,5 × 333 = 499,5 → 500");
  }

  @Test
  void statedItemAmountThatDisagreesNamesBothNumbersAndThePlace() {
    List<Problem> p =
        problems("- {content: Tiền thuê xe, quantity: 5, price: 1.000.000, amount: 5.500.000}");
    assertEquals(1, p.size());
    Problem only = p.get(0);
    assertEquals("appendices[0].content[0].budget.rows[0].amount", only.path());
    assertEquals(
        "the stated amount 5.500.000 đồng differs from quantity × unit price = 5 × 1.000.000 ="
            + " 5.000.000 đồng",
        only.message());
    assertTrue(only.location().line() > 20, only::toString);
  }

  @Test
  void statedGroupAndTableTotalsAreChecked() {
    String yaml =
        Models.withBudget(
            "total: 6",
            """
            - content: A
              amount: 7.000.000
              rows:
                - {content: a, quantity: 5, price: 1.000.000}
            """);
    List<Problem> p =
        assertThrows(PlanException.class, () -> Kehoach.compute("plan.yaml", yaml)).problems();
    assertEquals(2, p.size(), p::toString);
    assertTrue(
        p.get(0).message().contains("differs from the sum of the group's 1 lines, 5.000.000 đồng"));
    assertEquals("appendices[0].content[0].budget.total", p.get(1).path());
  }

  @Test
  void aTotalStatedInTheTextIsChecked() {
    String yaml = Models.minimal().replace("${total}", "${total=2.600.000}");
    List<Problem> p =
        assertThrows(PlanException.class, () -> Kehoach.compute("plan.yaml", yaml)).problems();
    assertEquals(1, p.size());
    assertEquals("sections[0].content[0]", p.get(0).path());
    assertEquals(
        "the text states the total 2.600.000 đồng but budget \"budget\" adds up to 2.500.000 đồng",
        p.get(0).message());
  }

  @Test
  void lineWithoutAmountSaysWhatIsMissing() {
    List<Problem> p = problems("- {content: Thuê xe, quantity: 5}");
    assertEquals(
        "the line \"Thuê xe\" has no amount: give it a unit price (price)", p.get(0).message());
  }

  @Test
  void unknownAndCircularReferencesAreRejected() {
    assertTrue(
        problems("- {id: a, content: A, percent: 5, of: b}")
            .get(0)
            .message()
            .startsWith("no line has the id \"b\""));
    assertTrue(
        problems(
                """
                - {id: a, content: A, percent: 5, of: b}
                - {id: b, content: B, percent: 5, of: a}
                """)
            .get(0)
            .message()
            .contains("depends on itself"));
  }

  @Test
  void amountsAboveTenToTheFifteenthAreRejected() {
    List<Problem> p = problems("- {content: x, quantity: 2, price: 600.000.000.000.000}");
    assertTrue(p.get(0).message().contains("more than 10^15"), p::toString);
  }

  @Test
  void amountsInATrieuDongTableAreSpelledInDong() throws PlanException {
    String yaml = Models.withBudget("unit: triệu đồng", "- {content: x, quantity: 1, price: 140}");
    ComputedBudget b = Kehoach.compute("plan.yaml", yaml).budgets().get("budget");
    assertEquals("140000000", b.totalInDong().toString());
    assertEquals("Một trăm bốn mươi triệu đồng", b.words());
  }
}
