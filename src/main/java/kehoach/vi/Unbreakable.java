package kehoach.vi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of Vietnamese administrative text a line must not break inside: dates ({@code
 * 26/9/2023}), document symbols ({@code 36/QĐ-TTg}, {@code 14-NQ/TU}, {@code Số: 05/KH-UBND}),
 * numbers with separators ({@code 74.580.000}, {@code 7,5%}) and year ranges ({@code 2021 - 2030},
 * whose dash would otherwise start a line and read as a list item).
 */
public final class Unbreakable {
  /** A piece of text from {@code start} (inclusive) to {@code end} (exclusive). */
  public record Span(int start, int end) {}

  private static final String WORD = "[\\p{L}\\p{N}]+";

  private static final Pattern UNITS =
      Pattern.compile(
          String.join(
              "|",
              // a range of years, a dash between: 2021 - 2030, 2021–2030
              "\\b\\d{4}\\s*[-–]\\s*\\d{4}\\b",
              // Số: 05/KH-UBND, and a draft's Số:      /KH-UBND
              "Số:\\s*\\d*/" + WORD + "(?:[-/.]" + WORD + ")*",
              // a number, date or symbol: words joined by / - . , with a digit among them
              "(?<![\\p{L}\\p{N}])" + WORD + "(?:[-/.,]" + WORD + ")+(?:\\s?%)?",
              // a percentage: 7,5 %
              "\\d+(?:,\\d+)?\\s?%"));

  private Unbreakable() {}

  /** The unbreakable pieces of {@code text}, in order, none overlapping. */
  public static List<Span> spans(String text) {
    // every piece kept has a digit or starts with "Số:"; most of a document's texts have neither,
    // and the pattern tried at each of their characters was 6 % of a render's time (issue 14)
    if (!text.contains("Số:") && !hasDigit(text)) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    Matcher m = UNITS.matcher(text);
    while (m.find()) {
      String unit = m.group();
      boolean number = unit.startsWith("Số:") || unit.chars().anyMatch(Character::isDigit);
      if (number && unit.length() > 1) {
        out.add(new Span(m.start(), m.end()));
      }
    }
    return out;
  }

  /** Whether {@code text} has a digit: a loop, since this runs for every piece of a document. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
