package kehoach.lint;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;

/**
 * The header: agency lines, Quốc hiệu, Tiêu ngữ, Số and ký hiệu, place and date, KẾ HOẠCH and the
 * trích yếu, as NĐ 30's Phụ lục I (ô 1 to ô 5) words them. Sizes are {@link PageRules}'.
 */
final class HeaderRules implements RuleSet {
  static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String SLOGAN = "Độc lập - Tự do - Hạnh phúc";

  /** What a draft puts where a figure is not yet known: nothing, dots, an ellipsis, underscores. */
  private static final String BLANK = "\\s*[.…_]*\\s*";

  /**
   * Số: number / symbol parts in upper case joined by "-". In a draft the number is blank, or dots,
   * an ellipsis or underscores stand for it.
   */
  private static final Pattern NUMBER =
      Pattern.compile("^Số:\\s*[.…_]*\\s*(?<n>[0-9]*)\\s*[.…_]*\\s*/(?<symbol>\\S+)$");

  private static final Pattern SYMBOL = Pattern.compile("^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$");

  /**
   * Place, ngày DD tháng M năm YYYY, where the day and month may be blank in a draft (or dots, an
   * ellipsis or underscores), and the year too in an electronic issue, whose date the văn thư's
   * signing tool stamps: "năm 20…" (NĐ 30 Điều 15.3; {@code VietnameseDate.BLANK_YEAR}).
   */
  private static final Pattern DATE =
      Pattern.compile(
          "^(?<place>[^,]+),\\s*ngày"
              + BLANK
              + "(?<day>[0-9]*)"
              + BLANK
              + "tháng"
              + BLANK
              + "(?<month>[0-9]*)"
              + BLANK
              + "năm\\s*(?<year>[0-9]*)(?<yearBlank>[.…_]*)$");

  @Override
  public List<Finding> check(WordDocument document) {
    HeaderBlock h = HeaderBlock.of(document);
    List<Finding> out = new ArrayList<>();
    agency(h, out);
    motto(h, out);
    slogan(h, out);
    h.number().ifPresentOrElse(p -> number(p, out), () -> missing(out, "header.number", "Số"));
    h.date().ifPresentOrElse(p -> date(p, out), () -> missing(out, "header.date", "the date"));
    title(h, out);
    return out;
  }

  private static void missing(List<Finding> out, String rule, String what) {
    out.add(
        error(
            rule,
            Place.document(),
            "no " + what + " line found at the top of page 1",
            expectedOf(rule)));
  }

  private static String expectedOf(String rule) {
    return switch (rule) {
      case "header.number" -> "\"Số: 05/KH-UBND\" under the agency (Phụ lục I, ô 3)";
      case "header.date" -> "\"Place, ngày 05 tháng 3 năm 2026\" under the Tiêu ngữ (ô 4)";
      default -> "";
    };
  }

  private static Finding error(String rule, Place place, String message, String expected) {
    return new Finding(rule, Severity.ERROR, place, message, expected);
  }

  // ---- ô 2: agency ----

  private static void agency(HeaderBlock h, List<Finding> out) {
    String expected = "the agency in upper case, bold, with a short solid rule under it (ô 2)";
    if (h.agency().isEmpty()) {
      out.add(error("header.agency", Place.document(), "no agency lines found", expected));
      return;
    }
    boolean ubnd = HeaderBlock.upper(h.agency().get(0).text()).startsWith("ỦY BAN NHÂN DÂN");
    for (int i = 0; i < h.agency().size(); i++) {
      WordParagraph p = h.agency().get(i);
      String text = HeaderBlock.nfc(p.text());
      boolean caps = p.runs().stream().filter(r -> r.visible()).allMatch(r -> r.caps());
      if (!caps && !text.equals(HeaderBlock.upper(text))) {
        out.add(
            error(
                "header.agency",
                Place.of(p),
                "agency line \"" + text + "\" is not in upper case",
                expected));
      }
      boolean issuer = ubnd || i == h.agency().size() - 1;
      if (issuer && !p.bold()) {
        out.add(
            error(
                "header.agency",
                Place.of(p),
                "agency line \"" + text + "\" is not bold",
                expected));
      }
    }
    boolean ruled = h.agency().stream().anyMatch(h::ruledUnder);
    if (!ruled) {
      WordParagraph last = h.agency().get(h.agency().size() - 1);
      out.add(error("header.agency", Place.of(last), "no rule under the agency's name", expected));
    }
  }

  // ---- ô 1: Quốc hiệu and Tiêu ngữ ----

  private static void motto(HeaderBlock h, List<Finding> out) {
    String expected = "\"" + MOTTO + "\" in upper case, bold (ô 1)";
    if (h.motto().isEmpty()) {
      out.add(error("header.motto", Place.document(), "no Quốc hiệu found", expected));
      return;
    }
    WordParagraph p = h.motto().get();
    String text = HeaderBlock.nfc(p.text());
    boolean caps = p.runs().stream().filter(r -> r.visible()).allMatch(r -> r.caps());
    String shown = caps ? HeaderBlock.upper(text) : text;
    if (!shown.equals(MOTTO)) {
      String why = shown.contains("HOÀ") ? " (\"HOÀ\": the decree writes \"HÒA\")" : "";
      out.add(
          error(
              "header.motto", Place.of(p), "the Quốc hiệu reads \"" + text + "\"" + why, expected));
    }
    if (!p.bold()) {
      out.add(error("header.motto", Place.of(p), "the Quốc hiệu is not bold", expected));
    }
  }

  private static void slogan(HeaderBlock h, List<Finding> out) {
    String expected =
        "\""
            + SLOGAN
            + "\", bold, phrases joined by a spaced hyphen (U+002D), a solid rule under it (ô 1)";
    if (h.slogan().isEmpty()) {
      out.add(error("header.slogan", Place.document(), "no Tiêu ngữ found", expected));
      return;
    }
    WordParagraph p = h.slogan().get();
    String text = HeaderBlock.nfc(p.text());
    if (!text.equals(SLOGAN)) {
      out.add(
          error(
              "header.slogan",
              Place.of(p),
              "the Tiêu ngữ reads \"" + text + "\"" + sloganWhy(text),
              expected));
    }
    if (!p.bold()) {
      out.add(error("header.slogan", Place.of(p), "the Tiêu ngữ is not bold", expected));
    }
    if (!h.ruledUnder(p)) {
      out.add(error("header.slogan", Place.of(p), "no rule under the Tiêu ngữ", expected));
    }
  }

  private static String sloganWhy(String text) {
    if (text.contains("–") || text.contains("—")) {
      return " (a dash where the decree has a hyphen \"-\")";
    }
    if (text.matches(".*\\S-.*|.*-\\S.*")) {
      return " (the hyphens need a space on each side)";
    }
    return "";
  }

  // ---- ô 3: Số and ký hiệu ----

  private static void number(WordParagraph p, List<Finding> out) {
    String text = HeaderBlock.nfc(p.text());
    String expected =
        "\"Số: 05/KH-UBND\": number with a leading 0 below 10 (blank in a draft), \"/\","
            + " the symbol's parts in upper case joined by \"-\" without spaces (ô 3)";
    Matcher m = NUMBER.matcher(text.replaceAll("\\s*-\\s*", "-"));
    if (!m.matches()) {
      out.add(
          error(
              "header.number",
              Place.of(p),
              "\"" + text + "\" is not in the form of Số and ký hiệu",
              expected));
      return;
    }
    String n = m.group("n");
    if (!n.isEmpty()) {
      int value = Integer.parseInt(n);
      boolean zeroBelowTen = value < 10 && n.length() != 2;
      boolean zeroAboveTen = value >= 10 && n.startsWith("0");
      if (value == 0 || zeroBelowTen || zeroAboveTen) {
        out.add(
            error(
                "header.number",
                Place.of(p),
                "the number \"" + n + "\" is not written as the decree writes it",
                expected));
      }
    }
    String symbol = m.group("symbol");
    if (!SYMBOL.matcher(symbol).matches() || !text.contains(symbol)) {
      out.add(
          error(
              "header.number",
              Place.of(p),
              "the symbol \""
                  + symbolAsWritten(text)
                  + "\" is not upper-case parts joined by \"-\" without spaces",
              expected));
    }
  }

  private static String symbolAsWritten(String text) {
    int slash = text.indexOf('/');
    return slash < 0 ? text : text.substring(slash + 1).strip();
  }

  // ---- ô 4: place and date ----

  private static void date(WordParagraph p, List<Finding> out) {
    String text = HeaderBlock.nfc(p.text());
    String expected =
        "\"Place, ngày DD tháng M năm YYYY\": a leading 0 only for days below 10 and"
            + " months 1 and 2, e.g. \"ngày 05 tháng 01 năm 2026\", \"ngày 29 tháng 6 năm 2026\" (ô 4)";
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      out.add(
          error(
              "header.date",
              Place.of(p),
              "\"" + text + "\" is not in the form of place and date",
              expected));
      return;
    }
    String place = m.group("place").strip();
    if (!Character.isUpperCase(place.codePointAt(0))) {
      out.add(
          error(
              "header.date",
              Place.of(p),
              "the place \"" + place + "\" does not start with a capital",
              expected));
    }
    String day = m.group("day");
    String month = m.group("month");
    // "năm 20…": the year left for the signing tool, as the day and month are
    String year = m.group("yearBlank").isEmpty() ? m.group("year") : "";
    if (!day.isEmpty() && !dayWritten(day)) {
      out.add(
          error(
              "header.date",
              Place.of(p),
              "\"ngày " + day + "\" is not written as the decree writes it",
              expected));
    }
    if (!month.isEmpty() && !monthWritten(month)) {
      out.add(
          error(
              "header.date",
              Place.of(p),
              "\"tháng " + month + "\" is not written as the decree writes it",
              expected));
    }
    if (year.length() != 4 && !year.isEmpty()) {
      out.add(
          error(
              "header.date",
              Place.of(p),
              "the year \"" + year + "\" is not four digits",
              expected));
    }
    realDate(p, day, month, year).ifPresent(out::add);
  }

  private static boolean dayWritten(String day) {
    int d = Integer.parseInt(day);
    return d >= 1 && d <= 31 && day.length() == 2;
  }

  private static boolean monthWritten(String month) {
    int m = Integer.parseInt(month);
    if (m == 1 || m == 2) {
      return month.length() == 2;
    }
    return m >= 3 && m <= 12 && !month.startsWith("0");
  }

  private static Optional<Finding> realDate(
      WordParagraph p, String day, String month, String year) {
    if (day.isEmpty() || month.isEmpty() || year.length() != 4) {
      return Optional.empty();
    }
    try {
      LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.of(
          error(
              "header.date",
              Place.of(p),
              "ngày " + day + " tháng " + month + " năm " + year + " is not a date",
              "a real date"));
    }
  }

  // ---- ô 5: KẾ HOẠCH and the trích yếu ----

  private static void title(HeaderBlock h, List<Finding> out) {
    String expected = "\"KẾ HOẠCH\" centred, bold, then the trích yếu centred, bold (ô 5)";
    if (h.title().isEmpty()) {
      out.add(error("header.title", Place.document(), "no \"KẾ HOẠCH\" line found", expected));
      return;
    }
    WordParagraph t = h.title().get();
    if (!t.bold() || !t.align().equals("center")) {
      out.add(
          error("header.title", Place.of(t), "\"KẾ HOẠCH\" is not " + notCentredBold(t), expected));
    }
    if (h.summary().isEmpty()) {
      out.add(error("header.title", Place.of(t), "no trích yếu after \"KẾ HOẠCH\"", expected));
      return;
    }
    for (WordParagraph s : h.summary()) {
      if (!s.bold() || !s.align().equals("center")) {
        out.add(
            error(
                "header.title",
                Place.of(s),
                "the trích yếu is not " + notCentredBold(s),
                expected));
      }
    }
  }

  private static String notCentredBold(WordParagraph p) {
    if (!p.bold() && !p.align().equals("center")) {
      return "bold nor centred";
    }
    return p.bold() ? "centred" : "bold";
  }
}
