package kehoach.lint;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * A plan's number and date as one part of it states them: the header ("Số: 05/KH-UBND", "Lâm Đồng,
 * ngày 05 tháng 01 năm 2026") or an appendix's "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026
 * …)" line. A part left blank, as in a draft, is "".
 *
 * @param number the number ("05"), or "" when blank
 * @param symbol the ký hiệu ("KH-UBND"), or "" when none is stated
 * @param day the day, or ""
 * @param month the month, or ""
 * @param year the year, or ""
 */
record OutlineIdentity(String number, String symbol, String day, String month, String year) {

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?iu:số)\\s*:?\\s*(\\d*)\\s*/\\s*(\\p{Lu}[\\p{Lu}\\d]*(?:\\s*[-‑–]\\s*\\p{Lu}[\\p{Lu}\\d]*)*)");

  /** The header's "Số:" label: a căn cứ's "số 1431/QĐ-UBND" has no colon. */
  private static final Pattern NUMBER_LABEL = Pattern.compile("Số\\s*:");

  private static final Pattern WORDS_DATE =
      Pattern.compile("ngày\\s*(\\d*)\\s*tháng\\s*(\\d*)\\s*năm\\s*(\\d*)");
  private static final Pattern SLASH_DATE =
      Pattern.compile("ngày\\s*(\\d*)\\s*/\\s*(\\d*)\\s*/\\s*(\\d*)");

  /** Header lines to look through when the header is not in a table. */
  private static final int HEADER_LINES = 8;

  /** The number and date the header states, when it states them. */
  static Optional<OutlineIdentity> header(WordDocument document) {
    List<WordParagraph> lines = headerLines(document.body());
    Optional<String> number =
        lines.stream()
            .map(WordParagraph::text)
            .filter(t -> NUMBER_LABEL.matcher(t).find())
            .findFirst();
    Optional<String> date =
        lines.stream()
            .map(WordParagraph::text)
            .filter(t -> WORDS_DATE.matcher(t).find())
            .findFirst();
    if (number.isEmpty() && date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parse(number.orElse("") + " " + date.orElse("")));
  }

  /** The number, symbol and date {@code text} states; what it leaves out or blank is "". */
  static OutlineIdentity parse(String text) {
    String t = ClosingBlock.collapse(text);
    String number = "";
    String symbol = "";
    Matcher n = NUMBER.matcher(t);
    if (n.find()) {
      number = n.group(1);
      symbol = n.group(2).replaceAll("\\s", "").replaceAll("[‑–]", "-");
    }
    Matcher d = WORDS_DATE.matcher(t);
    if (!d.find()) {
      d = SLASH_DATE.matcher(t);
      if (!d.find()) {
        return new OutlineIdentity(number, symbol, "", "", "");
      }
    }
    return new OutlineIdentity(number, symbol, d.group(1), d.group(2), d.group(3));
  }

  /** Whether it states no number, symbol or date at all. */
  boolean silent() {
    return number.isEmpty()
        && symbol.isEmpty()
        && day.isEmpty()
        && month.isEmpty()
        && year.isEmpty();
  }

  /** As printed: "05/KH-UBND ngày 05 tháng 01 năm 2026", blanks as "…". */
  @Override
  public String toString() {
    return blank(number)
        + "/"
        + (symbol.isEmpty() ? "…" : symbol)
        + " ngày "
        + blank(day)
        + " tháng "
        + blank(month)
        + " năm "
        + blank(year);
  }

  private static String blank(String part) {
    return part.isEmpty() ? "…" : part;
  }

  /** The header block's lines: the first table's, or the first paragraphs when there is none. */
  private static List<WordParagraph> headerLines(List<Block> body) {
    for (int i = 0; i < Math.min(body.size(), 4); i++) {
      if (body.get(i) instanceof WordTable table) {
        return table.paragraphs().toList();
      }
    }
    return body.stream().limit(HEADER_LINES).flatMap(Block::paragraphs).toList();
  }
}
