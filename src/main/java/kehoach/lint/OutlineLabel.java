package kehoach.lint;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.Block.Numbering;
import kehoach.vi.PointLetters;
import kehoach.vi.RomanNumerals;
import kehoach.word.WordParagraph;

/**
 * The number a heading of the plan's outline starts with, typed by hand ("III. KINH PHÍ") or
 * printed by Word's automatic numbering (its list label): phần, mục, khoản, a khoản's decimal
 * sub-level ("2.1.") or điểm.
 *
 * @param level which level of the outline the label numbers
 * @param count the count it stands for, from 1 ("III" is 3, "đ" is 5)
 * @param parent for {@link Level#DECIMAL}, the khoản it says it belongs to ("2" in "2.1."); 0
 *     otherwise
 * @param label the label as written, without its punctuation ("III", "2.1", "đ")
 * @param spaced whether a space separates the label from the heading's text, as NĐ 30 prints it
 */
record OutlineLabel(Level level, int count, int parent, String label, boolean spaced) {

  /** Levels of a plan's outline, from the top (Phụ lục I, table V of NĐ 30). */
  enum Level {
    /** Phần I, Phần II: optional, above mục. */
    PART,
    /** Mục: I, II, III. */
    ROMAN,
    /** Khoản: 1, 2, 3. */
    ARABIC,
    /** A khoản's parts numbered after it: 2.1, 2.2 (common in practice, not in the decree). */
    DECIMAL,
    /** Điểm: a), b), c), d), đ), e), g) in the Vietnamese letter order. */
    LETTER
  }

  /** The most mục, khoản or điểm a plan plausibly has: a larger number is not a heading. */
  private static final int MOST = 60;

  private static final Pattern PART =
      Pattern.compile("^(?:Phần|PHẦN)\\s+([IVXLC]+|\\d{1,2})(?![\\p{L}\\d])");
  private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)\\s*\\.(\\s*)(?=\\p{L})");
  private static final Pattern DECIMAL =
      Pattern.compile("^0*(\\d{1,2})\\.0*(\\d{1,2})(\\.?)(\\s+)(?=\\p{L})");
  private static final Pattern ARABIC = Pattern.compile("^0*(\\d{1,2})\\s*\\.(\\s*)(?=\\p{L})");
  private static final Pattern LETTER = Pattern.compile("^(\\p{Ll})\\s*\\)(\\s*)(?=\\S)");

  /**
   * The label {@code paragraph} starts with, or empty when it is no numbered heading: an automatic
   * list label when Word prints one, else the text's own start.
   */
  static Optional<OutlineLabel> of(WordParagraph paragraph) {
    if (!paragraph.listLabel().isBlank()) {
      return parse(paragraph.listLabel().strip() + " " + paragraph.text(), paragraph.bold());
    }
    return parse(paragraph.text(), paragraph.bold());
  }

  /** The label {@code text} starts with; {@code bold} lets "2.1 Title" without its dot count. */
  static Optional<OutlineLabel> parse(String text, boolean bold) {
    Matcher m = PART.matcher(text);
    if (m.find()) {
      int n = number(m.group(1));
      return n > 0 ? Optional.of(new OutlineLabel(Level.PART, n, 0, m.group(1), true)) : none();
    }
    m = ROMAN.matcher(text);
    if (m.find()) {
      int n = roman(m.group(1));
      return n > 0
          ? Optional.of(new OutlineLabel(Level.ROMAN, n, 0, m.group(1), !m.group(2).isEmpty()))
          : none();
    }
    m = DECIMAL.matcher(text);
    if (m.find() && (!m.group(3).isEmpty() || bold)) {
      int parent = Integer.parseInt(m.group(1));
      int n = Integer.parseInt(m.group(2));
      return n > 0 && parent > 0
          ? Optional.of(
              new OutlineLabel(Level.DECIMAL, n, parent, parent + "." + n, !m.group(4).isEmpty()))
          : none();
    }
    m = ARABIC.matcher(text);
    if (m.find()) {
      int n = Integer.parseInt(m.group(1));
      return n > 0 && n <= MOST
          ? Optional.of(
              new OutlineLabel(Level.ARABIC, n, 0, Integer.toString(n), !m.group(2).isEmpty()))
          : none();
    }
    m = LETTER.matcher(text);
    if (m.find()) {
      int at = PointLetters.SEQUENCE.indexOf(m.group(1));
      return at >= 0
          ? Optional.of(new OutlineLabel(Level.LETTER, at + 1, 0, m.group(1), true))
          : none();
    }
    return none();
  }

  /** The label NĐ 30 prints for the {@code n}-th part at this label's level under its parent. */
  String expected(int n) {
    return switch (level) {
      case PART -> "Phần " + RomanNumerals.of(n);
      case ROMAN -> RomanNumerals.of(n) + ".";
      case ARABIC -> n + ".";
      case DECIMAL -> parent + "." + n + ".";
      case LETTER -> n <= PointLetters.SEQUENCE.size() ? PointLetters.of(n) + ")" : "?)";
    };
  }

  /** The label as a reader sees it, with its punctuation: "III.", "2.1.", "đ)". */
  String printed() {
    return switch (level) {
      case PART -> "Phần " + label;
      case ROMAN, ARABIC, DECIMAL -> label + ".";
      case LETTER -> label + ")";
    };
  }

  /** What the level is called in Vietnamese, as a reviewer names it. */
  String term() {
    return switch (level) {
      case PART -> "phần";
      case ROMAN -> "mục";
      case ARABIC -> "khoản";
      case DECIMAL -> "khoản " + parent + "'s part";
      case LETTER -> "điểm";
    };
  }

  /** A Roman numeral's value when written canonically ("IIII" is not 4), else 0. */
  static int roman(String numeral) {
    return upToMost(Numbering.ROMAN.countOf(numeral, ""));
  }

  /** A Roman or Arabic number's value ("IV", "04"), else 0. */
  static int number(String numeral) {
    return numeral.chars().allMatch(Character::isDigit)
        ? upToMost(Numbering.ARABIC.countOf(numeral, ""))
        : roman(numeral);
  }

  /** A count the model's numbering reads from a label, if a heading can have it. */
  private static int upToMost(OptionalInt count) {
    return count.isPresent() && count.getAsInt() <= MOST ? count.getAsInt() : 0;
  }

  private static Optional<OutlineLabel> none() {
    return Optional.empty();
  }
}
