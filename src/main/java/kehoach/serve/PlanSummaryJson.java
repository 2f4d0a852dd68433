package kehoach.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.budget.BudgetLine;
import kehoach.budget.ComputedBudget;
import kehoach.model.Appendix;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Grid;
import kehoach.plan.Header;
import kehoach.plan.Part;
import kehoach.vi.VietnameseNumbers;

/**
 * What the page shows of a computed plan: its identity and every budget table with each figure as
 * the documents print it (Vietnamese number format), so that the page's budget grid shows the
 * computed figures and never does arithmetic itself.
 */
final class PlanSummaryJson {
  private static final Pattern APPENDIX = Pattern.compile("^appendices\\[(\\d+)]");
  private static final String NUMBER_PREFIX = "Số:";

  private PlanSummaryJson() {}

  static Map<String, Object> of(ComputedPlan plan) {
    Header h = plan.header();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", plan.model().title());
    json.put("number", number(h.numberLine()));
    json.put("date", date(h.placeAndDate()));
    List<Map<String, Object>> budgets = new ArrayList<>();
    for (ComputedBudget b : plan.budgets().values()) {
      budgets.add(budget(plan, b));
    }
    json.put("budgets", budgets);
    json.put("rowNumbers", rowNumbers(plan));
    return json;
  }

  /**
   * The STT each row of a data table prints, by the row's path in the model: the task grids show
   * kehoach's numbering (I, 1, 2, II …), not the row's place in its list.
   */
  static Map<String, String> rowNumbers(ComputedPlan plan) {
    Map<String, String> numbers = new LinkedHashMap<>();
    plan.body().forEach(part -> rowNumbers(part, numbers));
    plan.appendices().forEach(a -> a.parts().forEach(part -> rowNumbers(part, numbers)));
    return numbers;
  }

  private static void rowNumbers(Part part, Map<String, String> numbers) {
    if (part instanceof Part.Heading h) {
      h.parts().forEach(p -> rowNumbers(p, numbers));
    } else if (part instanceof Part.Table t) {
      Grid grid = t.grid();
      int stt = grid.columns().stream().map(Grid.Column::key).toList().indexOf("stt");
      for (Grid.Row row : grid.rows()) {
        row.cells().stream()
            .filter(c -> c.column() == stt && !row.path().isEmpty())
            .findFirst()
            .ifPresent(c -> numbers.put(row.path(), c.text().plain()));
      }
    }
  }

  /** "Số: 05/KH-UBND" → "05/KH-UBND"; "Số: /KH-UBND", a number still to be given → "". */
  static String number(String numberLine) {
    String n =
        numberLine.startsWith(NUMBER_PREFIX)
            ? numberLine.substring(NUMBER_PREFIX.length()).strip()
            : numberLine.strip();
    return n.startsWith("/") ? "" : n;
  }

  /** "Tây Ninh, ngày 07 tháng 5 năm 2024" → "ngày 07 tháng 5 năm 2024". */
  static String date(String placeAndDate) {
    int at = placeAndDate.indexOf("ngày");
    return at < 0 ? placeAndDate.strip() : placeAndDate.substring(at).strip();
  }

  private static Map<String, Object> budget(ComputedPlan plan, ComputedBudget b) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", b.id());
    json.put("title", title(plan, b));
    json.put("unit", b.unit().label());
    List<Map<String, Object>> rows = new ArrayList<>();
    b.forEachLine(line -> rows.add(row(line)));
    json.put("rows", rows);
    json.put("total", VietnameseNumbers.format(b.total()));
    json.put("totalLabel", b.totalLabel());
    json.put("totalInWords", b.words());
    return json;
  }

  /** The title of the appendix that holds the table, or "" for a table in the plan's body. */
  private static String title(ComputedPlan plan, ComputedBudget b) {
    if (b.lines().isEmpty()) {
      return "";
    }
    Matcher m = APPENDIX.matcher(b.lines().get(0).path());
    List<Appendix> appendices = plan.model().appendices();
    if (m.find() && Integer.parseInt(m.group(1)) < appendices.size()) {
      return appendices.get(Integer.parseInt(m.group(1))).title();
    }
    return "";
  }

  private static Map<String, Object> row(BudgetLine line) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("path", line.path());
    json.put("stt", line.label());
    json.put("label", line.content());
    json.put("quantity", figure(line.quantity()));
    json.put("price", figure(line.price()));
    json.put("amount", VietnameseNumbers.format(line.amount()));
    json.put("kind", kind(line.kind()));
    json.put("level", line.depth());
    return json;
  }

  private static String figure(Optional<BigDecimal> value) {
    return value.map(VietnameseNumbers::format).orElse("");
  }

  private static String kind(BudgetLine.Kind kind) {
    return switch (kind) {
      case GROUP -> "group";
      case ITEM -> "line";
      case PERCENTAGE -> "percent";
    };
  }
}
