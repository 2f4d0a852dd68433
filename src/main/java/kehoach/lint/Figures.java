package kehoach.lint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import kehoach.vi.VietnameseNumbers;

/**
 * Figures as plans print them. Vietnamese documents group thousands with "." and mark decimals with
 * ","; some (reference 08) write the reverse, so a table's convention is decided from its own cells
 * before any is read. Every figure is an exact {@link BigDecimal}.
 */
final class Figures {
  /** 1,234,567 or 1,234,567.89: commas group exactly three digits. */
  private static final Pattern COMMA_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  /** 1.234.567 or 1.234.567,89. */
  private static final Pattern DOT_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

  /** Two or more comma groups: only the comma-thousands convention writes this. */
  private static final Pattern SURELY_COMMAS = Pattern.compile("-?\\d{1,3}(,\\d{3}){2,}(\\.\\d+)?");

  private static final Pattern PLAIN_INTERNATIONAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** How a document or table writes its figures. */
  enum Convention {
    /** "." groups thousands, "," marks decimals. */
    VIETNAMESE,
    /** "," groups thousands, "." marks decimals. */
    COMMAS
  }

  private Figures() {}

  /**
   * The convention of a table's cells: comma thousands when some cell can only be read that way
   * (1,234,567) and none is grouped with dots; Vietnamese otherwise.
   */
  static Convention convention(Collection<String> cells) {
    boolean commas = false;
    for (String cell : cells) {
      String t = compact(cell);
      if (DOT_GROUPED.matcher(t).matches() && t.indexOf('.') != t.lastIndexOf('.')) {
        return Convention.VIETNAMESE;
      }
      commas |= SURELY_COMMAS.matcher(t).matches();
    }
    return commas ? Convention.COMMAS : Convention.VIETNAMESE;
  }

  /** The cell's figure in the given convention, or empty when the cell is not just a figure. */
  static Optional<BigDecimal> read(String cell, Convention convention) {
    String t = compact(cell);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (convention == Convention.COMMAS) {
      if (COMMA_GROUPED.matcher(t).matches()) {
        return Optional.of(new BigDecimal(t.replace(",", "")));
      }
      if (PLAIN_INTERNATIONAL.matcher(t).matches()) {
        return Optional.of(new BigDecimal(t));
      }
      return Optional.empty();
    }
    return VietnameseNumbers.parse(t);
  }

  /**
   * A figure written in running text: thousands and decimal marks told apart by their count and
   * place ("74.580.000", "74,58", "1,234,567", "1.234,5"); a single "." before three digits groups
   * thousands, as Vietnamese text writes it.
   */
  static Optional<BigDecimal> readLoose(String figure) {
    String t = compact(figure);
    if (SURELY_COMMAS.matcher(t).matches()) {
      return read(t, Convention.COMMAS);
    }
    return VietnameseNumbers.parse(t);
  }

  /**
   * How far a stated figure (in đồng) may be from an exact computation when it is rounded: half of
   * its last non-zero place, at most half a thousand đồng (figures are rounded to the thousand at
   * most, as estimates print "(làm tròn)").
   */
  static BigDecimal roundingTolerance(BigDecimal statedDong) {
    BigDecimal s = statedDong.stripTrailingZeros();
    int zeros = Math.min(Math.max(-s.scale(), 0), 3);
    if (s.scale() > 0) {
      return BigDecimal.ONE.movePointLeft(s.scale()).divide(BigDecimal.valueOf(2));
    }
    return BigDecimal.valueOf(5).movePointRight(zeros - 1);
  }

  /** Whether {@code computed} rounds to {@code stated} within {@link #roundingTolerance}. */
  static boolean roundsTo(BigDecimal computedDong, BigDecimal statedDong) {
    return computedDong.subtract(statedDong).abs().compareTo(roundingTolerance(statedDong)) <= 0;
  }

  /** {@code value} printed as Vietnamese documents print figures, to at most 2 decimals. */
  static String print(BigDecimal value) {
    BigDecimal v = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value;
    return VietnameseNumbers.format(v);
  }

  private static String compact(String text) {
    return text.strip().replace(" ", "").replace("\u00a0", "");
  }
}
