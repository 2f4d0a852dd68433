package kehoach.vi;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese documents print them: "." between thousands and "," before decimals ({@code
 * 74.580.000}, {@code 7,5}), and the reverse, reading what a clerk typed.
 */
public final class VietnameseNumbers {
  /** 1.234.567 or 1.234.567,89: dots group exactly three digits. */
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

  /** 1234567, 1234567,89 or 1234567.89 (one dot followed by other than exactly three digits). */
  private static final Pattern PLAIN = Pattern.compile("-?\\d+([,.]\\d+)?");

  private VietnameseNumbers() {}

  /**
   * Prints {@code 74580000} as {@code 74.580.000} and {@code 7.5} as {@code 7,5}; trailing zeros
   * after the decimal comma are dropped.
   */
  public static String format(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder out = new StringBuilder();
    int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, lead);
    for (int i = lead; i < whole.length(); i += 3) {
      out.append('.').append(whole, i, i + 3);
    }
    if (!fraction.isEmpty()) {
      out.append(',').append(fraction);
    }
    return (v.signum() < 0 ? "-" : "") + out;
  }

  /**
   * Reads a number as a Vietnamese clerk writes it. A dot followed by exactly three digits groups
   * thousands ({@code 1.000} is one thousand); a comma is the decimal mark ({@code 7,5}); a single
   * dot followed by one, two or four or more digits is read as a decimal point ({@code 7.5}), so
   * that plain YAML numbers keep their meaning. Spaces and non-breaking spaces are ignored.
   *
   * @return the exact value, or empty when the text is not a number in either convention
   */
  public static Optional<BigDecimal> parse(String text) {
    String t = text.strip().replace(" ", "").replace("\u00a0", "");
    if (GROUPED.matcher(t).matches()) {
      return Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.')));
    }
    if (PLAIN.matcher(t).matches()) {
      return Optional.of(new BigDecimal(t.replace(',', '.')));
    }
    return Optional.empty();
  }

  /** Reads a number written in the international convention, as JSON numbers are. */
  public static Optional<BigDecimal> parseInternational(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
