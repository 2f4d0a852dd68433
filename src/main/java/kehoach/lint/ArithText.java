package kehoach.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * arith.text-total: a total the text states ("Tổng kinh phí thực hiện: 74.580.000 đồng", "tổng diện
 * tích … 228 ha") against the tables. Money is compared in đồng with every budget table's TỔNG CỘNG
 * and their sum; a quantity with the unit of exactly one table column (its header "(ha)") with that
 * column's total. A figure is judged only when the sentence says it is a total.
 */
final class ArithText {
  private static final String FIG = "\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";

  private static final Pattern MONEY_TOTAL =
      Pattern.compile(
          "tổng (?:kinh phí|dự toán|số tiền|cộng|chi phí|mức đầu tư)[^.;]*?(?<fig>"
              + FIG
              + ")\\s*(?<unit>tỷ đồng|tỉ đồng|triệu đồng|nghìn đồng|ngàn đồng|đồng)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern QUANTITY_TOTAL =
      Pattern.compile(
          "tổng[^.;]{0,80}?(?<fig>" + FIG + ")\\s*(?<unit>ha|km|tấn|hộ)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ArithText() {}

  /** The money total stated in {@code p}, if it disagrees with every table total. */
  static Optional<Finding> money(WordParagraph p, List<BigDecimal> tableTotals) {
    Matcher m = MONEY_TOTAL.matcher(p.text());
    if (!m.find() || tableTotals.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> fig = Figures.readLoose(m.group("fig"));
    Optional<FiguresUnit> unit = FiguresUnit.named(m.group("unit"));
    if (fig.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal dong = unit.get().toDong(fig.get());
    if (tableTotals.stream().anyMatch(t -> t.compareTo(dong) == 0)) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            "arith.text-total",
            Severity.ERROR,
            Place.of(p),
            "the text states «%s %s» (%s đồng), which no budget table totals"
                .formatted(m.group("fig"), m.group("unit"), Figures.print(dong)),
            "the table's total, "
                + String.join(
                    " or ", tableTotals.stream().map(t -> Figures.print(t) + " đồng").toList())));
  }

  /** The quantity total stated in {@code p}, if it disagrees with the one column of its unit. */
  static Optional<Finding> quantity(WordParagraph p, List<WordTable> tables) {
    Matcher m = QUANTITY_TOTAL.matcher(p.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String unit = m.group("unit").toLowerCase(kehoach.vi.VietnameseText.VI);
    List<ColumnTotal> columns = new ArrayList<>();
    for (WordTable t : tables) {
      if (!t.layout()) {
        columns.addAll(columnsOf(t, unit));
      }
    }
    Optional<BigDecimal> fig = Figures.readLoose(m.group("fig"));
    if (columns.size() != 1 || fig.isEmpty() || columns.get(0).total().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = columns.get(0).total().get();
    if (total.compareTo(fig.get()) == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            "arith.text-total",
            Severity.ERROR,
            Place.of(p),
            "the text states «%s %s» as a total; table %d's column «%s» totals %s %s"
                .formatted(
                    m.group("fig"),
                    m.group("unit"),
                    columns.get(0).table() + 1,
                    columns.get(0).header(),
                    Figures.print(total),
                    unit),
            "%s %s, as the table".formatted(Figures.print(total), unit)));
  }

  /** A table column whose header names a unit, with its total. */
  private record ColumnTotal(int table, String header, Optional<BigDecimal> total) {}

  private static List<ColumnTotal> columnsOf(WordTable t, String unit) {
    List<ColumnTotal> out = new ArrayList<>();
    if (t.rows().isEmpty()) {
      return out;
    }
    Pattern named = Pattern.compile("\\(\\s*" + unit + "\\s*\\)", Pattern.CASE_INSENSITIVE);
    for (WordTable.Cell header : t.rows().get(0).cells()) {
      if (named.matcher(header.text()).find() && header.colSpan() == 1) {
        out.add(new ColumnTotal(t.index(), header.text(), total(t, header.column())));
      }
    }
    return out;
  }

  /** The column's total row figure, or the sum of its figures when the table has no total row. */
  private static Optional<BigDecimal> total(WordTable t, int column) {
    List<String> cells = new ArrayList<>();
    Optional<String> totalCell = Optional.empty();
    for (WordTable.Row row : t.rows().subList(1, t.rows().size())) {
      String text =
          row.cells().stream()
              .filter(c -> c.column() == column)
              .map(WordTable.Cell::text)
              .findFirst()
              .orElse("");
      boolean isTotal =
          row.cells().stream()
              .limit(2)
              .anyMatch(c -> ArithTables.norm(c.text()).matches("(tổng|cộng).*"));
      if (isTotal) {
        totalCell = Optional.of(text);
      } else if (!text.isBlank()) {
        cells.add(text);
      }
    }
    Figures.Convention convention = Figures.convention(cells);
    if (totalCell.isPresent()) {
      return Figures.read(totalCell.get(), convention);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (String c : cells) {
      Optional<BigDecimal> v = Figures.read(c, convention);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(v.get());
    }
    return cells.isEmpty() ? Optional.empty() : Optional.of(sum);
  }
}
