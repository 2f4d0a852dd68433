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

  /**
   * The pieces. A chain of joined words is taken whole, never given back (possessive {@code ++},
   * {@code *+}): Java matches each repetition of a greedy group a level deeper in its stack, and a
   * paragraph listing 1,500 land plots "1,2,3,…" overflowed it, an internal error of render's. What
   * follows a chain in the pattern may be empty, so a greedy match never gave a repetition back:
   * the pieces are the same ({@code UnbreakableTest}).
   */
  private static final Pattern UNITS =
      Pattern.compile(
          String.join(
              "|",
              // a range of years, a dash between: 2021 - 2030, 2021–2030
              "\\b\\d{4}\\s*[-–]\\s*\\d{4}\\b",
              // Số: 05/KH-UBND, and a draft's Số:      /KH-UBND
              "Số:\\s*\\d*/" + WORD + "(?:[-/.]" + WORD + ")*+",
              // a number, date or symbol: words joined by / - . , with a digit among them
              "(?<![\\p{L}\\p{N}])" + WORD + "(?:[-/.,]" + WORD + ")++(?:\\s?%)?",
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
    // The pattern is tried only on the stretches of text a piece can lie in, and of those only on
    // the ones with a digit or "Số:": a long paragraph with one date in it was matched at each of
    // its characters, 7 % of a warm model -> PDF (issue 14). A piece never takes in a character
    // that cuts (below), so the pattern, run on the whole text, finds a new start just after each
    // one, and finds in each stretch what it finds there run on the stretch alone: the matcher's
    // transparent bounds let \b and the look-behind see past the stretch, as on the whole text.
    // Of those, only the stretches with one of the pattern's joining marks: every piece has one.
    List<Span> out = new ArrayList<>();
    Matcher m = null;
    int n = text.length();
    int stretch = -1;
    boolean digit = false;
    boolean joined = false;
    int i = 0;
    while (i <= n) {
      boolean cut;
      int next;
      if (i == n) {
        cut = true;
        next = n + 1;
      } else if (space(text.charAt(i))) {
        next = i;
        while (next < n && space(text.charAt(next))) {
          next++;
        }
        cut = separates(text, next);
      } else {
        cut = !inPiece(text.charAt(i));
        next = i + 1;
      }
      if (cut) {
        if (digit && joined) {
          if (m == null) {
            m = UNITS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          }
          m.region(stretch, i);
          while (m.find()) {
            if (kept(text, m.start(), m.end())) {
              out.add(new Span(m.start(), m.end()));
            }
          }
        }
        stretch = -1;
        digit = false;
        joined = false;
      } else {
        if (stretch < 0) {
          stretch = i;
        }
        char c = text.charAt(i);
        if ("-–/.,:%".indexOf(c) >= 0) {
          joined = true;
          // "Số:" counts as a digit would: its piece is kept without one
          digit |= c == ':' && i >= 2 && text.charAt(i - 1) == 'ố' && text.charAt(i - 2) == 'S';
        } else {
          digit |= Character.isDigit(c);
        }
      }
      i = next;
    }
    return out;
  }

  /**
   * Whether the match from {@code start} to {@code end} is a piece: it has a digit, or is "Số:".
   */
  private static boolean kept(String text, int start, int end) {
    if (text.startsWith("Số:", start)) {
      return true;
    }
    for (int k = start; k < end; k++) {
      if (Character.isDigit(text.charAt(k))) {
        return end - start > 1;
      }
    }
    return false;
  }

  /**
   * Whether a character may be in a piece: a letter or a number ({@code [\p{L}\p{N}]}, and either
   * half of a surrogate pair, which may be one), a joining mark of the pattern, or white space.
   */
  private static boolean inPiece(char c) {
    if (c < 0x80) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z'
          || c >= '0' && c <= '9'
          || "-/.,:%".indexOf(c) >= 0
          || space(c);
    }
    return c == '–' || Character.isLetter(c) || number(c) || Character.isSurrogate(c);
  }

  private static boolean number(char c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** {@code \s}: white space as the pattern means it. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Whether the white space that ends at {@code to} is in no piece: in the pattern, white space is
   * always followed by a year range's dash or its second year, by "Số:"'s number or slash, or by a
   * {@code %}.
   */
  private static boolean separates(String text, int to) {
    if (to == text.length()) {
      return true;
    }
    char after = text.charAt(to);
    return !Character.isDigit(after) && "/-–%".indexOf(after) < 0;
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
