package kehoach.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.vi.VietnameseText;

/**
 * Works out where each unit is from the labels the document prints, the same way for a rendered
 * model and a DOCX edited by hand: "I." opens a mục, "2." a khoản, "2.1." or "a)" a point under it,
 * "PHỤ LỤC I" an appendix, "Nơi nhận:" the closing block.
 */
final class Places {
  private static final Pattern APPENDIX =
      Pattern.compile(
          "(PHỤ LỤC|BIỂU CHI TIẾT)(\\s+[IVXLC]+)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SECTION = Pattern.compile("([IVXLC]+)\\.\\s.*");
  private static final Pattern DECIMAL = Pattern.compile("(\\d+)\\.(\\d+)\\.\\s.*");
  private static final Pattern CLAUSE = Pattern.compile("(\\d+)\\.\\s.*");
  private static final Pattern POINT = Pattern.compile("([a-zđ])\\)\\s.*");

  /** The place before the first mục: header, title and căn cứ. */
  static final String OPENING = "mở đầu";

  static final String RECIPIENTS = "nơi nhận, chữ ký";

  private static final Pattern LABEL =
      Pattern.compile("^(?:[IVXLC]+\\.|\\d+(?:\\.\\d+)*\\.|[a-zđ]\\))\\s+");

  private Places() {}

  /**
   * The text without its printed number: "III. KINH PHÍ" and "IV. KINH PHÍ" are the same heading
   * renumbered, and kehoach numbers headings itself.
   */
  static String withoutLabel(String text) {
    return LABEL.matcher(text).replaceFirst("");
  }

  static List<Unit> assign(List<Unit> units) {
    List<Unit> out = new ArrayList<>();
    String appendix = "";
    String section = "";
    String clause = "";
    String point = "";
    boolean closing = false;
    for (Unit u : units) {
      String t = u.text().strip();
      Matcher m;
      if (!u.isRow() && APPENDIX.matcher(t).matches()) {
        appendix = VietnameseText.capitalizeFirst(t.toLowerCase(VietnameseText.VI));
        appendix = appendix.replaceAll("(?i) ([ivxlc]+)$", "") + romanSuffix(t);
        section = clause = point = "";
        closing = false;
      } else if (!u.isRow() && appendix.isEmpty() && t.startsWith("Nơi nhận")) {
        closing = true;
      } else if (!u.isRow() && !closing && (m = SECTION.matcher(t)).matches()) {
        section = m.group(1);
        clause = point = "";
      } else if (!u.isRow() && !closing && (m = DECIMAL.matcher(t)).matches()) {
        clause = m.group(1);
        point = m.group(2);
      } else if (!u.isRow() && !closing && (m = CLAUSE.matcher(t)).matches()) {
        clause = m.group(1);
        point = "";
      } else if (!u.isRow() && !closing && (m = POINT.matcher(t)).matches()) {
        point = m.group(1);
      }
      out.add(u.at(place(appendix, section, clause, point, closing, u)));
    }
    return out;
  }

  private static String romanSuffix(String appendixHeading) {
    Matcher m = Pattern.compile("\\s([IVXLC]+)$").matcher(appendixHeading.strip());
    return m.find() ? " " + m.group(1) : "";
  }

  private static String place(
      String appendix, String section, String clause, String point, boolean closing, Unit u) {
    if (closing) {
      return RECIPIENTS;
    }
    StringBuilder number = new StringBuilder(section);
    for (String part : new String[] {clause, point}) {
      if (!part.isEmpty()) {
        number.append(number.length() == 0 ? "" : ".").append(part);
      }
    }
    String inside = number.length() == 0 ? "" : number.toString();
    String place =
        appendix.isEmpty()
            ? (inside.isEmpty() ? OPENING : inside)
            : appendix + (inside.isEmpty() ? "" : ", " + inside);
    if (u.isRow()) {
      String label = u.cells().isEmpty() ? "" : u.cells().get(0).strip();
      String row = label.isEmpty() || label.equals("-") || label.equals("+") ? "" : " " + label;
      return place + ", bảng " + (u.table() + 1) + ", dòng" + row;
    }
    return place;
  }
}
