package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.word.WordParagraph;

/**
 * An appendix cited in the body: "Phụ lục I", "Phụ lục I và II", "các Phụ lục I - III", "phụ lục số
 * 01", or "Phụ lục" with no number ("Chi tiết theo Phụ lục đính kèm").
 *
 * @param paragraph where it is cited
 * @param numerals the appendices' numbers it names, empty when it names none
 * @param plural whether it speaks of appendices in the plural ("các phụ lục") without numbers
 */
record OutlineCitation(WordParagraph paragraph, List<Integer> numerals, boolean plural) {

  private static final String NUMERAL = "(?:[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])";
  private static final Pattern CITATION =
      Pattern.compile(
          "(?iu:(các\\s+)?phụ\\s+lục)(?:\\s+(?iu:số)\\s*)?((?:\\s*"
              + NUMERAL
              + "(?:\\s*(?:,|-|–|(?iu:và)|(?iu:đến))\\s*(?="
              + NUMERAL
              + "))?)*)");

  /** What follows an appendix of another document: "Phụ lục II kèm theo Nghị định số 30/…". */
  private static final Pattern ELSEWHERE =
      Pattern.compile(
          "^\\s*,?\\s*(?iu:(?:ban\\s+hành\\s+)?(?:kèm\\s+theo|của|tại))\\s+(?:Nghị\\s+định|"
              + "Quyết\\s+định|Thông\\s+tư|Nghị\\s+quyết|Chỉ\\s+thị|Luật|Công\\s+văn|Văn\\s+bản"
              + "|Hướng\\s+dẫn|Chương\\s+trình|Đề\\s+án|Kế\\s+hoạch\\s+số)");

  private static final Pattern EACH = Pattern.compile("(" + NUMERAL + ")|(-|–|(?iu:đến))");

  OutlineCitation {
    numerals = List.copyOf(numerals);
  }

  /** Every appendix cited in {@code p}, in order. */
  static List<OutlineCitation> in(WordParagraph p) {
    List<OutlineCitation> found = new ArrayList<>();
    Matcher m = CITATION.matcher(p.text());
    while (m.find()) {
      if (ELSEWHERE.matcher(p.text().substring(m.end())).find()) {
        continue;
      }
      found.add(new OutlineCitation(p, numerals(m.group(2)), m.group(1) != null));
    }
    return found;
  }

  /** Whether it cites the appendix numbered {@code numeral} (0: unnumbered) among {@code count}. */
  boolean cites(int numeral, int count) {
    if (numerals.isEmpty()) {
      return plural || count == 1;
    }
    return numeral == 0 ? count == 1 : numerals.contains(numeral);
  }

  /** "I, II", "I - III" and "I đến III" as the numbers they name. */
  private static List<Integer> numerals(String list) {
    List<Integer> out = new ArrayList<>();
    boolean range = false;
    Matcher m = EACH.matcher(list);
    while (m.find()) {
      if (m.group(2) != null) {
        range = !out.isEmpty();
        continue;
      }
      int n = OutlineLabel.number(m.group(1));
      if (n == 0) {
        continue;
      }
      if (range) {
        for (int k = out.get(out.size() - 1) + 1; k < n; k++) {
          out.add(k);
        }
        range = false;
      }
      out.add(n);
    }
    return out;
  }
}
