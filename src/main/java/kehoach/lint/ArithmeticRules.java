package kehoach.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.lint.ArithTable.Line;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * Arithmetic: rows, groups, totals, the total's label, totals in the text, amounts in words,
 * percentage lines, units. Budget tables are found by their columns ({@link ArithTables}); each is
 * checked on its own ({@link ArithTableChecks}, {@link ArithPercent}), then the text against them
 * ({@link ArithText}, {@link ArithWords}). Every rule is conservative: what it cannot read for
 * certain, it does not judge.
 */
final class ArithmeticRules implements RuleSet {
  /** How many blocks after a table a "Bằng chữ" line without a figure still refers to it. */
  private static final int WORDS_REACH = 4;

  @Override
  public List<Finding> check(WordDocument document) {
    return check(document, List.of());
  }

  /**
   * The plan's own tables are checked here, those of {@code appendixFiles} in their own files; the
   * totals the plan's text states are read against all of them.
   */
  @Override
  public List<Finding> check(WordDocument document, List<WordDocument> appendixFiles) {
    List<ArithTable> tables = ArithTables.read(document);
    List<Finding> findings = new ArrayList<>();
    for (ArithTable table : tables) {
      findings.addAll(ArithTableChecks.check(table));
      findings.addAll(ArithPercent.check(table));
      findings.addAll(wordsInCells(table));
    }
    List<ArithTable> all = new ArrayList<>(tables);
    appendixFiles.forEach(f -> all.addAll(ArithTables.read(f)));
    findings.addAll(text(document, tables, all));
    return findings;
  }

  /**
   * arith.text-total and arith.words over the body's paragraphs: totals against {@code all} the
   * plan's tables, an amount in words against the table of {@code tables} just above it.
   */
  private static List<Finding> text(
      WordDocument document, List<ArithTable> tables, List<ArithTable> all) {
    List<Finding> findings = new ArrayList<>();
    List<BigDecimal> totals = totalsInDong(all);
    List<WordTable> wordTables =
        document.body().stream()
            .filter(WordTable.class::isInstance)
            .map(WordTable.class::cast)
            .toList();
    List<Block> body = document.body();
    for (int i = 0; i < body.size(); i++) {
      if (!(body.get(i) instanceof WordParagraph p) || p.text().isBlank()) {
        continue;
      }
      ArithText.money(p, totals).ifPresent(findings::add);
      ArithText.quantity(p, wordTables).ifPresent(findings::add);
      int at = i;
      ArithWords.check(p.text(), totalJustAbove(tables, at))
          .ifPresent(w -> findings.add(words(Place.of(p), w)));
    }
    return findings;
  }

  /**
   * arith.words inside a budget table: "(Bằng chữ: …)" in its last row (a merged cell) or in a cell
   * beside the total, read against the table's grand total.
   */
  private static List<Finding> wordsInCells(ArithTable table) {
    Optional<BigDecimal> total =
        table.totals().isEmpty()
            ? Optional.empty()
            : table.grandTotalDong(table.totals().get(table.totals().size() - 1));
    List<Finding> findings = new ArrayList<>();
    for (Line line : table.lines()) {
      for (WordTable.Cell cell : line.cells()) {
        if (!ArithTables.norm(cell.text()).contains("bằng chữ")) {
          continue;
        }
        ArithWords.check(cell.text(), total)
            .ifPresent(w -> findings.add(words(line.place(cell.column()), w)));
      }
    }
    return findings;
  }

  private static Finding words(Place place, String[] w) {
    return new Finding(
        "arith.words",
        Severity.ERROR,
        place,
        "the amount in words «%s» does not read its figure".formatted(w[0]),
        w[1]);
  }

  /** Every budget table's grand totals in đồng, and their sum over tables. */
  private static List<BigDecimal> totalsInDong(List<ArithTable> tables) {
    List<BigDecimal> totals = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    int counted = 0;
    for (ArithTable t : tables) {
      Optional<BigDecimal> last = Optional.empty();
      for (Line total : t.totals()) {
        for (int col : t.columns().amounts()) {
          Optional<FiguresUnit> unit = t.unitOf(col);
          total.figure(col).flatMap(f -> unit.map(u -> u.toDong(f))).ifPresent(totals::add);
        }
        Optional<BigDecimal> whole = t.grandTotalDong(total);
        whole.ifPresent(totals::add);
        last = whole.isPresent() ? whole : last;
      }
      if (last.isPresent()) {
        sum = sum.add(last.get());
        counted++;
      }
    }
    if (counted > 1) {
      totals.add(sum);
    }
    return totals;
  }

  /** The grand total in đồng of the budget table ending just above block {@code at}. */
  private static Optional<BigDecimal> totalJustAbove(List<ArithTable> tables, int at) {
    for (ArithTable t : tables) {
      if (t.endBlock() < at && at - t.endBlock() <= WORDS_REACH && !t.totals().isEmpty()) {
        Optional<BigDecimal> total = t.grandTotalDong(t.totals().get(t.totals().size() - 1));
        if (total.isPresent()) {
          return total;
        }
      }
    }
    return Optional.empty();
  }
}
