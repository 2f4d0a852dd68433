package kehoach.lint;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.word.Block;
import kehoach.word.WordParagraph;

/**
 * One appendix (phụ lục) after the signature: its heading, its numeral, and its blocks up to the
 * next appendix.
 *
 * @param heading its first paragraph: "Phụ lục I", "PHỤ LỤC", or a named one such as "BIỂU CHI
 *     TIẾT" that its "(Kèm theo …)" line shows to be an appendix
 * @param phuLuc whether it is headed "Phụ lục": only those are cited by name in the body
 * @param numeral the number it is given ("Phụ lục II" is 2, "Phụ lục 01" is 1), 0 when none
 * @param blocks its blocks, the heading first
 */
record OutlineAppendix(WordParagraph heading, boolean phuLuc, int numeral, List<Block> blocks) {

  /** "Phụ lục", "PHỤ LỤC II", "Phụ lục 01", "PHỤ LỤC I. TITLE", "PHỤ LỤC I: TITLE". */
  private static final Pattern HEADING =
      Pattern.compile(
          "^(?iu:phụ\\s+lục)(?:\\s+(?:số\\s+)?([IVXLC]+|\\d{1,2})(?![\\p{L}\\d]))?"
              + "\\s*(?:[.:\\-–]\\s*\\S.*)?$");

  /** The "(Kèm theo …)" or "(Ban hành kèm theo …)" line under an appendix's title. */
  private static final Pattern REFERENCE =
      Pattern.compile("^\\(?\\s*(?iu:(?:ban\\s+hành\\s+)?kèm\\s+theo)(?![\\p{L}])");

  /** The same line run into the heading's paragraph, as converted documents have it. */
  private static final Pattern REFERENCE_INSIDE =
      Pattern.compile("\\(\\s*(?iu:(?:ban\\s+hành\\s+)?kèm\\s+theo)(?![\\p{L}])");

  /** How many lines (name, title) an appendix's heading has above its "(Kèm theo …)" line. */
  private static final int HEADING_LINES = 3;

  OutlineAppendix {
    blocks = List.copyOf(blocks);
  }

  /** Whether {@code p} is a "Phụ lục" heading line. */
  static boolean isHeading(WordParagraph p) {
    return p.table() == null && matchesHeading(p.text());
  }

  private static boolean matchesHeading(String text) {
    String t = ClosingBlock.collapse(text);
    return HEADING.matcher(t).matches() || t.startsWith("PHỤ LỤC");
  }

  /** Whether {@code p} is an appendix's "(Kèm theo Kế hoạch số …)" line. */
  static boolean isReference(WordParagraph p) {
    return p.table() == null && REFERENCE.matcher(p.text()).find();
  }

  /** Whether {@code p} holds a "(Kèm theo …)" line anywhere, run into a heading or on its own. */
  static boolean containsReference(WordParagraph p) {
    return isReference(p) || REFERENCE_INSIDE.matcher(p.text()).find();
  }

  /** The number a "Phụ lục" heading gives, 0 when none. */
  static int numeralOf(String text) {
    Matcher m = HEADING.matcher(ClosingBlock.collapse(text));
    if (m.matches() && m.group(1) != null) {
      return OutlineLabel.number(m.group(1));
    }
    Matcher upper =
        Pattern.compile("^PHỤ LỤC\\s+(?:SỐ\\s+)?([IVXLC]+|\\d{1,2})(?![\\p{L}\\d])")
            .matcher(ClosingBlock.collapse(text));
    return upper.find() ? OutlineLabel.number(upper.group(1)) : 0;
  }

  /** How an appendix is named in a finding: "Phụ lục II", "the appendix «BIỂU CHI TIẾT»". */
  String name() {
    if (!phuLuc) {
      return "the appendix «" + heading.firstWords() + "»";
    }
    return numeral == 0 ? "Phụ lục" : "Phụ lục " + kehoach.vi.RomanNumerals.of(numeral);
  }

  /** Its paragraphs outside tables, the heading first: its outline restarts its numbering. */
  List<WordParagraph> outline() {
    return blocks.stream()
        .filter(WordParagraph.class::isInstance)
        .map(WordParagraph.class::cast)
        .toList();
  }

  /**
   * Its "(Kèm theo …)" line, joined with the lines after it up to the closing parenthesis (drafters
   * break it over two lines), with the paragraph it starts in.
   */
  Optional<Reference> reference() {
    List<WordParagraph> lines = outline();
    for (int i = 0; i < lines.size(); i++) {
      Matcher inside = REFERENCE_INSIDE.matcher(lines.get(i).text());
      if (isReference(lines.get(i)) || i <= HEADING_LINES && inside.find()) {
        String from = lines.get(i).text();
        StringBuilder text =
            new StringBuilder(isReference(lines.get(i)) ? from : from.substring(inside.start()));
        for (int j = i + 1; j < lines.size() && j <= i + 2 && text.indexOf(")") < 0; j++) {
          text.append(' ').append(lines.get(j).text());
        }
        return Optional.of(new Reference(lines.get(i), ClosingBlock.collapse(text.toString())));
      }
    }
    return Optional.empty();
  }

  /** The lines of a heading above a "(Kèm theo …)" line at most: name, title, second title. */
  static int headingLines() {
    return HEADING_LINES;
  }

  /**
   * An appendix's "(Kèm theo …)" line.
   *
   * @param paragraph where it starts
   * @param text its text, joined over the paragraphs it spans
   */
  record Reference(WordParagraph paragraph, String text) {}
}
