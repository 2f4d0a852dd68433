package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import kehoach.word.HeaderFooter;
import kehoach.word.PageSetup;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordRun;

/**
 * Page and type (NĐ 30, Phụ lục I, mục II): A4, margins, Times New Roman, body size, spacing,
 * indents, page numbers, and the sizes of each part of the header, the signature and Nơi nhận. A
 * rule that would fire on every paragraph of a badly set document reports the first few and then
 * how many more, so that the report stays readable.
 */
final class PageRules implements RuleSet {
  /** How many paragraphs a paragraph-by-paragraph rule names before it only counts the rest. */
  static final int SHOWN_PER_RULE = 20;

  /** Word stores lengths in twentieths of a point; a margin set to 15 mm reads 14.99 mm. */
  private static final double MM_TOLERANCE = 0.5;

  private static final String FONT = "Times New Roman";

  @Override
  public List<Finding> check(WordDocument document) {
    List<Finding> out = common(document);
    HeaderSizes.check(HeaderBlock.of(document), out);
    ClosingSizes.check(document, out);
    return out;
  }

  /** An appendix in a file of its own: the page and type rules, without a header or closing. */
  static List<Finding> checkAppendixFile(WordDocument document) {
    return common(document);
  }

  private static List<Finding> common(WordDocument document) {
    List<Finding> out = new ArrayList<>();
    for (PageSetup s : document.sections()) {
      Place where = start(document, s);
      size(s, where, out);
      margins(s, where, out);
    }
    pageNumbers(document, out);
    List<WordParagraph> all = document.allParagraphs();
    List<WordParagraph> body =
        all.stream().filter(p -> p.table() == null && !p.text().isEmpty()).toList();
    perParagraph(out, "type.font", all, PageRules::fontFinding);
    perParagraph(out, "type.body-size", body, PageRules::bodySizeFinding);
    perParagraph(out, "type.line-spacing", body, PageRules::lineSpacingFinding);
    List<WordParagraph> prose = body.stream().filter(PageRules::isProse).toList();
    perParagraph(out, "type.first-line-indent", prose, PageRules::indentFinding);
    perParagraph(out, "type.paragraph-spacing", prose, PageRules::spacingFinding);
    return out;
  }

  // ---- page ----

  /** A section's first paragraph, to name where its page set-up applies; the document if none. */
  private static Place start(WordDocument document, PageSetup s) {
    return document.body().stream()
        .skip(s.firstBlock())
        .flatMap(b -> b.paragraphs())
        .findFirst()
        .map(Place::of)
        .orElse(Place.document());
  }

  private static void size(PageSetup s, Place where, List<Finding> out) {
    double w = Math.min(s.widthMm(), s.heightMm());
    double h = Math.max(s.widthMm(), s.heightMm());
    if (Math.abs(w - 210) > 1 || Math.abs(h - 297) > 1) {
      out.add(
          new Finding(
              "page.size",
              Severity.ERROR,
              where,
              section(s) + " is " + mm(s.widthMm()) + " × " + mm(s.heightMm()) + " mm",
              "A4, 210 × 297 mm (Phụ lục I, II.1)"));
    }
  }

  private static void margins(PageSetup s, Place where, List<Finding> out) {
    double leftFrom = s.landscape() ? 20 : 30;
    String expected =
        s.landscape()
            ? "a landscape section: top and bottom 20–25 mm, left 20–35 mm, right 15–20 mm"
            : "top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm (Phụ lục I, II.1)";
    margin(s, where, "top", s.topMm(), 20, 25, expected, out);
    margin(s, where, "bottom", s.bottomMm(), 20, 25, expected, out);
    margin(s, where, "left", s.leftMm(), leftFrom, 35, expected, out);
    margin(s, where, "right", s.rightMm(), 15, 20, expected, out);
  }

  private static void margin(
      PageSetup s,
      Place where,
      String side,
      double mm,
      double from,
      double to,
      String expected,
      List<Finding> out) {
    if (mm < from - MM_TOLERANCE || mm > to + MM_TOLERANCE) {
      out.add(
          new Finding(
              "page.margins",
              Severity.ERROR,
              where,
              section(s) + ": the " + side + " margin is " + mm(mm) + " mm",
              expected));
    }
  }

  private static String section(PageSetup s) {
    return "section " + (s.section() + 1) + (s.landscape() ? " (landscape)" : "");
  }

  static String mm(double mm) {
    return String.format(java.util.Locale.ROOT, "%.1f", mm);
  }

  /**
   * Page numbers: in the header, centred, on every section; none on page 1 (a first-page header
   * without one, "different first page" on).
   */
  private static void pageNumbers(WordDocument document, List<Finding> out) {
    String expected =
        "a PAGE field centred in the top margin, none on page 1 (Phụ lục I, II.2: different"
            + " first page on, its header without a number)";
    for (PageSetup s : document.sections()) {
      Optional<HeaderFooter> header = part(document.headers(), s.section(), "default");
      Optional<HeaderFooter> footer = part(document.footers(), s.section(), "default");
      if (header.isEmpty() || !header.get().pageNumber()) {
        String where =
            footer.isPresent() && footer.get().pageNumber()
                ? ": the page number is in the footer"
                : ": no page number in the header";
        out.add(numbers(section(s) + where, expected));
      } else if (!header.get().pageNumberAlign().equals("center")) {
        out.add(
            numbers(
                section(s) + ": the page number is aligned " + header.get().pageNumberAlign(),
                expected));
      }
    }
    PageSetup first = document.sections().get(0);
    Optional<HeaderFooter> firstHeader = part(document.headers(), 0, "first");
    boolean numbered =
        !first.titlePage()
            ? part(document.headers(), 0, "default").map(HeaderFooter::pageNumber).orElse(false)
            : firstHeader.map(HeaderFooter::pageNumber).orElse(false);
    if (numbered) {
      out.add(numbers("page 1 shows a page number", expected));
    }
    pageNumberSize(document, out);
  }

  /** Cỡ chữ số trang: 13 to 14 pt (Phụ lục I, II.2). */
  private static final double PAGE_NUMBER_MIN_PT = 13;

  private static final double PAGE_NUMBER_MAX_PT = 14;

  /**
   * type.page-number-size: the PAGE field's size in each section's header, once per size found
   * (sections usually share one header part).
   */
  private static void pageNumberSize(WordDocument document, List<Finding> out) {
    Map<Double, List<String>> wrong = new TreeMap<>();
    for (PageSetup s : document.sections()) {
      part(document.headers(), s.section(), "default")
          .filter(HeaderFooter::pageNumber)
          .map(HeaderFooter::pageNumberSizePt)
          .filter(pt -> pt > 0 && (pt < PAGE_NUMBER_MIN_PT || pt > PAGE_NUMBER_MAX_PT))
          .ifPresent(pt -> wrong.computeIfAbsent(pt, k -> new ArrayList<>()).add(section(s)));
    }
    wrong.forEach(
        (pt, sections) ->
            out.add(
                new Finding(
                    "type.page-number-size",
                    Severity.ERROR,
                    Place.document(),
                    "%s: the page number is %s pt".formatted(String.join(", ", sections), pt(pt)),
                    "page numbers in Times New Roman 13–14 pt (Phụ lục I, II.2)")));
  }

  private static Finding numbers(String message, String expected) {
    return new Finding("page.numbers", Severity.ERROR, Place.document(), message, expected);
  }

  private static Optional<HeaderFooter> part(List<HeaderFooter> parts, int section, String kind) {
    return parts.stream().filter(h -> h.section() == section && h.kind().equals(kind)).findFirst();
  }

  // ---- type, paragraph by paragraph ----

  /** What one paragraph breaks of a rule, if anything. */
  private interface Check {
    Optional<Finding> of(WordParagraph p);
  }

  private static void perParagraph(
      List<Finding> out, String rule, List<WordParagraph> paragraphs, Check check) {
    int found = 0;
    Severity severity = Severity.ERROR;
    for (WordParagraph p : paragraphs) {
      Optional<Finding> f = check.of(p);
      if (f.isPresent()) {
        found++;
        severity = f.get().severity();
        if (found <= SHOWN_PER_RULE) {
          out.add(f.get());
        }
      }
    }
    if (found > SHOWN_PER_RULE) {
      out.add(
          new Finding(
              rule,
              severity,
              Place.document(),
              (found - SHOWN_PER_RULE) + " more paragraphs break this rule",
              "see the first " + SHOWN_PER_RULE + " above"));
    }
  }

  private static List<WordRun> visible(WordParagraph p) {
    return p.runs().stream().filter(WordRun::visible).toList();
  }

  private static Optional<Finding> fontFinding(WordParagraph p) {
    return visible(p).stream()
        .filter(r -> !r.font().equalsIgnoreCase(FONT))
        .findFirst()
        .map(
            r ->
                new Finding(
                    "type.font",
                    Severity.ERROR,
                    Place.of(p),
                    "text in \"" + r.font() + "\"",
                    "Times New Roman (Phụ lục I, II.1)"));
  }

  private static Optional<Finding> bodySizeFinding(WordParagraph p) {
    return visible(p).stream()
        .filter(r -> r.sizePt() < 13 || r.sizePt() > 14)
        .findFirst()
        .map(
            r ->
                new Finding(
                    "type.body-size",
                    Severity.ERROR,
                    Place.of(p),
                    "body text in " + pt(r.sizePt()) + " pt",
                    "13–14 pt (Phụ lục I, II.1)"));
  }

  private static Optional<Finding> lineSpacingFinding(WordParagraph p) {
    double s = p.lineSpacing();
    // exact spacing a little under 1.15 × the size reads as single in Word: no alarm for it
    if (s >= 0.95 && s <= 1.5 + 0.01) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            "type.line-spacing",
            Severity.ERROR,
            Place.of(p),
            "line spacing " + String.format(java.util.Locale.ROOT, "%.2f", s) + " lines",
            "single to 1.5 lines (Phụ lục I, II.1)"));
  }

  /** Body prose: not centred or right-aligned (titles, appendix headings, the closing lines). */
  private static boolean isProse(WordParagraph p) {
    return p.align().equals("both") || p.align().equals("left");
  }

  private static Optional<Finding> indentFinding(WordParagraph p) {
    double first = p.leftMm() + p.firstLineMm();
    if (first >= 10 - 0.3 && first <= 12.7 + 0.3) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            "type.first-line-indent",
            Severity.WARNING,
            Place.of(p),
            "first line indented " + mm(first) + " mm",
            "1 to 1.27 cm (Phụ lục I, II.1)"));
  }

  private static Optional<Finding> spacingFinding(WordParagraph p) {
    double between = p.spaceBeforePt() + p.spaceAfterPt();
    if (between >= 6 - 0.1) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            "type.paragraph-spacing",
            Severity.WARNING,
            Place.of(p),
            pt(between) + " pt between paragraphs",
            "at least 6 pt (Phụ lục I, II.1)"));
  }

  static String pt(double pt) {
    return pt == Math.rint(pt) ? Integer.toString((int) pt) : Double.toString(pt);
  }

  /** Whether every visible run of {@code p} is within {@code from}–{@code to} pt. */
  static boolean sized(WordParagraph p, double from, double to) {
    Predicate<WordRun> in = r -> r.sizePt() >= from && r.sizePt() <= to;
    return visible(p).stream().allMatch(in);
  }

  /** The size of the first visible run not within range, or of the first run. */
  static double sizeOf(WordParagraph p, double from, double to) {
    return visible(p).stream()
        .filter(r -> r.sizePt() < from || r.sizePt() > to)
        .findFirst()
        .or(() -> visible(p).stream().findFirst())
        .map(WordRun::sizePt)
        .orElse(0.0);
  }
}
