package kehoach.lint;

import java.util.List;
import kehoach.word.WordParagraph;

/**
 * The sizes and slants of the header's parts (Phụ lục I, mục II.3–II.5): Quốc hiệu 12–13 pt, Tiêu
 * ngữ 13–14, agency 12–13, Số 13, place and date 13–14 italic, KẾ HOẠCH and the trích yếu 13–14.
 * Rule {@code type.header-size}; the words and weights are {@link HeaderRules}'.
 */
final class HeaderSizes {
  private HeaderSizes() {}

  static void check(HeaderBlock h, List<Finding> out) {
    h.motto().ifPresent(p -> size(p, "the Quốc hiệu", 12, 13, out));
    h.slogan().ifPresent(p -> size(p, "the Tiêu ngữ", 13, 14, out));
    h.agency().forEach(p -> size(p, "the agency line", 12, 13, out));
    h.number().ifPresent(p -> size(p, "Số and ký hiệu", 13, 13, out));
    h.date()
        .ifPresent(
            p -> {
              size(p, "the place and date", 13, 14, out);
              if (!p.italic()) {
                out.add(
                    new Finding(
                        "type.header-size",
                        Severity.ERROR,
                        Place.of(p),
                        "the place and date are not italic",
                        "13–14 pt italic (ô 4)"));
              }
            });
    h.title().ifPresent(p -> size(p, "\"KẾ HOẠCH\"", 13, 14, out));
    h.summary().forEach(p -> size(p, "the trích yếu", 13, 14, out));
  }

  /** A finding when a visible run of {@code p} is outside {@code from}–{@code to} pt. */
  static void size(WordParagraph p, String what, double from, double to, List<Finding> out) {
    size("type.header-size", p, what, from, to, out);
  }

  static void size(
      String rule, WordParagraph p, String what, double from, double to, List<Finding> out) {
    if (!PageRules.sized(p, from, to)) {
      String range = from == to ? PageRules.pt(from) : PageRules.pt(from) + "–" + PageRules.pt(to);
      out.add(
          new Finding(
              rule,
              Severity.ERROR,
              Place.of(p),
              what + " is in " + PageRules.pt(PageRules.sizeOf(p, from, to)) + " pt",
              range + " pt (Phụ lục I)"));
    }
  }
}
