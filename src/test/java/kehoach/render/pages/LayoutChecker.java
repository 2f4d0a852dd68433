package kehoach.render.pages;

import static kehoach.render.pages.PdfPages.key;
import static kehoach.render.pages.PdfPages.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.render.pages.Defect.Kind;
import kehoach.render.pages.Expectations.Appendix;
import kehoach.render.pages.Expectations.Heading;
import kehoach.render.pages.Expectations.Margins;
import kehoach.render.pages.PdfPages.Line;
import kehoach.render.pages.PdfPages.Page;
import kehoach.render.pages.PdfPages.Row;

/**
 * Reads a rendered PDF's pages against what the document says its lines are, and reports what a
 * reader of a printed plan would call a layout fault (issue 8): a heading or group row ending a
 * page, a page holding only the signature or nothing, page numbers where NĐ 30 and practice want
 * none or a number missing, text outside the text area, a line break inside a date, symbol, number
 * or year range, and a line extracted twice.
 *
 * <p>It works on any PDF, kehoach's own or LibreOffice's rendering of the DOCX, so the two writers
 * are held to the same rules.
 */
final class LayoutChecker {
  /** How far text may stray past the text area before it is a fault, in points. */
  static final double TOLERANCE = 1.5;

  /**
   * pdftotext's word boxes span the font's ascent and descent, which LibreOffice's PDFs declare
   * generously (18.2 pt for 14 pt type against Flying Saucer's 12.7): the glyphs lie well inside.
   * Their vertical extent is taken as the box less this share of its height at the top and bottom.
   */
  private static final double BOX_SLACK = 0.15;

  /** How far from the text area's centre (or the page's) a centred page number may lie. */
  private static final double CENTRED = 25;

  private final PdfPages pdf;
  private final Expectations doc;
  private final List<View> views = new ArrayList<>();
  private final List<Defect> defects = new ArrayList<>();

  /** Lines already reported as drawn twice; not reported again as outside the text area. */
  private final Set<Line> duplicated = Collections.newSetFromMap(new IdentityHashMap<>());

  private LayoutChecker(PdfPages pdf, Expectations doc) {
    this.pdf = pdf;
    this.doc = doc;
    for (Page page : pdf.pages()) {
      views.add(View.of(page, area(page, doc)));
    }
  }

  /** Every defect of classes 1 to 6 on the pages of {@code pdf}, page by page. */
  static List<Defect> check(PdfPages pdf, Expectations doc) {
    LayoutChecker checker = new LayoutChecker(pdf, doc);
    checker.run();
    List<Defect> out = new ArrayList<>(checker.defects);
    out.sort(Comparator.comparingInt(Defect::page).thenComparing(Defect::kind));
    return out;
  }

  private void run() {
    duplicates();
    Map<Integer, String> firstPages = firstPages();
    for (View view : views) {
      headingsAtPageEnd(view);
      groupRowsAtPageEnd(view);
      lonelyPage(view);
      pageNumber(view, firstPages);
      outsideTextArea(view, firstPages.containsKey(view.page.number()));
      splitUnits(view);
    }
    for (int i = 0; i + 1 < views.size(); i++) {
      splitUnitAcrossPages(views.get(i), views.get(i + 1));
    }
  }

  private void report(Kind kind, Page page, String text) {
    defects.add(new Defect(kind, pdf.name(), page.number(), text));
  }

  // ---------------------------------------------------------------------------------------------
  // The page's geometry

  /** The text area of a page, in points from its top left corner. */
  record Area(double left, double top, double right, double bottom) {
    double centreX() {
      return (left + right) / 2;
    }

    String describe() {
      return String.format(Locale.ROOT, "%.1f–%.1f × %.1f–%.1f", left, right, top, bottom);
    }
  }

  static Area area(Page page, Expectations doc) {
    Margins m = page.landscape() ? doc.landscapeMargins() : doc.margins();
    return new Area(m.left(), m.top(), page.width() - m.right(), page.height() - m.bottom());
  }

  static double top(Line line) {
    return line.yMin() + BOX_SLACK * line.height();
  }

  static double bottom(Line line) {
    return line.yMax() - BOX_SLACK * line.height();
  }

  /**
   * A page's lines sorted by where they are: in the top margin (where the page number belongs), in
   * the text area (the body a reader sees), or below it; by the middle of each line.
   */
  private record View(Page page, Area area, List<Line> top, List<Line> body, List<Line> below) {
    static View of(Page page, Area area) {
      List<Line> top = new ArrayList<>();
      List<Line> body = new ArrayList<>();
      List<Line> below = new ArrayList<>();
      for (Line line : page.lines()) {
        if (line.centreY() < area.top()) {
          top.add(line);
        } else if (line.centreY() > area.bottom()) {
          below.add(line);
        } else {
          body.add(line);
        }
      }
      return new View(page, area, top, body, below);
    }

    /** The page number: digits alone in the top margin, centred over the text or the page. */
    Optional<Line> number() {
      return top.stream()
          .filter(l -> l.text().matches("\\d+"))
          .filter(
              l ->
                  Math.abs(l.centreX() - area.centreX()) < CENTRED
                      || Math.abs(l.centreX() - page.width() / 2) < CENTRED)
          .findFirst();
    }

    /** Every line but the page number. */
    List<Line> text() {
      Optional<Line> number = number();
      return page.lines().stream().filter(l -> number.isEmpty() || l != number.get()).toList();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 1. A heading or a group row as the last line(s) of a page

  private void headingsAtPageEnd(View view) {
    List<Row> rows = Page.rows(view.body);
    for (Heading heading : doc.headings()) {
      if (!heading.followed()) {
        continue;
      }
      String title = key(heading.title());
      String whole = key(heading.whole());
      String end = "";
      for (int i = rows.size() - 1; i >= Math.max(0, rows.size() - 8); i--) {
        end = rows.get(i).key() + end;
        if (end.length() > title.length()) {
          break;
        }
        if (!title.isEmpty() && whole.startsWith(end)) {
          report(
              Kind.HEADING_AT_PAGE_END,
              view.page,
              end.length() == title.length()
                  ? "heading " + quote(heading.title()) + " is the last line of the page"
                  : "heading " + quote(heading.title()) + " is split across pages");
          break;
        }
      }
    }
  }

  private void groupRowsAtPageEnd(View view) {
    double lowest = view.body.stream().mapToDouble(Line::centreY).max().orElse(0);
    for (List<String> cells : doc.groupRows()) {
      String content = key(cells.stream().max(Comparator.comparingInt(String::length)).orElse(""));
      if (content.isEmpty()) {
        continue;
      }
      for (Line first : view.body) {
        if (first.key().isEmpty() || !content.startsWith(first.key())) {
          continue;
        }
        Line last = cellEnd(view.body, first, content);
        if (last != null && lowest <= last.yMax() + 1 && labelled(view.body, cells, first, last)) {
          report(
              Kind.HEADING_AT_PAGE_END,
              view.page,
              "table group row " + quote(String.join(" ", cells)) + " is the last row of the page");
          break;
        }
      }
    }
  }

  /**
   * Whether the row's number ("XIX") stands beside its text: an item row may repeat a group's
   * words, but not its number.
   */
  private static boolean labelled(List<Line> lines, List<String> cells, Line first, Line last) {
    String label = cells.isEmpty() ? "" : key(cells.get(0));
    if (label.isEmpty()) {
      return true;
    }
    for (Line l : lines) {
      if (l.key().equals(label)
          && l.yMax() >= first.yMin() - first.height()
          && l.yMin() <= last.yMax() + last.height()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last line of a table cell whose text is {@code content} and which starts at {@code first}:
   * the lines under it at the same left edge, while they continue the text; null if they do not
   * make up the whole of it.
   */
  private static Line cellEnd(List<Line> lines, Line first, String content) {
    String joined = first.key();
    Line current = first;
    while (joined.length() < content.length()) {
      Line next = null;
      for (Line l : lines) {
        boolean below =
            l.yMin() > current.yMin() + 0.5 * current.height()
                && l.yMin() - current.yMax() < current.height();
        if (below
            && Math.abs(l.xMin() - first.xMin()) <= TOLERANCE
            && (next == null || l.yMin() < next.yMin())) {
          next = l;
        }
      }
      if (next == null || !content.startsWith(joined + next.key())) {
        return null;
      }
      joined += next.key();
      current = next;
    }
    return joined.equals(content) ? current : null;
  }

  // ---------------------------------------------------------------------------------------------
  // 2. A page with only the signature block, or nothing

  private void lonelyPage(View view) {
    if (view.text().isEmpty()) {
      report(Kind.LONELY_PAGE, view.page, "the page is blank: it has nothing but its number");
      return;
    }
    List<String> signature = doc.signature().stream().map(PdfPages::key).toList();
    if (view.body.isEmpty() || signature.isEmpty()) {
      return;
    }
    boolean onlySignature =
        view.body.stream().allMatch(l -> signature.stream().anyMatch(s -> s.contains(l.key())));
    if (onlySignature) {
      report(
          Kind.LONELY_PAGE,
          view.page,
          "the page holds only the signature block ("
              + view.body.size()
              + " lines: Nơi nhận and the signature); the plan's text ends on the page before");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Page numbers: none on a first page, top centre on the others, from 1 in each appendix

  /**
   * The pages that begin a part: page 1 of the plan (when held) and the page each appendix starts
   * on, found by its name and title as the page's first lines.
   */
  private Map<Integer, String> firstPages() {
    Map<Integer, String> out = new LinkedHashMap<>();
    if (pdf.first() == 1 && !views.isEmpty()) {
      out.put(1, "the plan");
    }
    int next = 0;
    for (View view : views) {
      if (next < doc.appendices().size() && begins(view, doc.appendices().get(next))) {
        out.put(view.page.number(), "appendix " + quote(doc.appendices().get(next).name()));
        next++;
      }
    }
    if (pdf.whole() && next < doc.appendices().size()) {
      Appendix missing = doc.appendices().get(next);
      defects.add(
          new Defect(
              Kind.PAGE_NUMBER,
              pdf.name(),
              0,
              "appendix "
                  + quote(missing.name())
                  + " does not begin a page; its pages cannot be numbered from 1"));
    }
    return out;
  }

  private static boolean begins(View view, Appendix appendix) {
    List<Row> rows = Page.rows(view.body);
    if (rows.size() < 2 || !rows.get(0).key().equals(key(appendix.name()))) {
      return false;
    }
    return key(appendix.title()).startsWith(rows.get(1).key());
  }

  private void pageNumber(View view, Map<Integer, String> firstPages) {
    int number = view.page.number();
    if (firstPages.containsKey(number)) {
      for (Line line : view.top) {
        if (!duplicated.contains(line)) {
          report(
              Kind.PAGE_NUMBER,
              view.page,
              "the first page of "
                  + firstPages.get(number)
                  + " shows "
                  + line.quoted()
                  + " in the top margin; a first page shows no number");
        }
      }
      return;
    }
    Optional<Line> shown = view.number();
    int start = firstPages.keySet().stream().filter(p -> p <= number).reduce((a, b) -> b).orElse(0);
    String expected = start > 0 ? Integer.toString(number - start + 1) : null;
    if (shown.isEmpty()) {
      boolean elsewhere = view.top.stream().anyMatch(l -> l.text().matches("\\d+"));
      report(
          Kind.PAGE_NUMBER,
          view.page,
          (elsewhere ? "the page number is not centred over the text" : "no page number")
              + (expected != null ? " (expected " + expected + ")" : ""));
    } else if (expected != null && !shown.get().text().equals(expected)) {
      report(
          Kind.PAGE_NUMBER,
          view.page,
          "page number "
              + shown.get().quoted()
              + ", expected '"
              + expected
              + "' (numbering starts again in each appendix)");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Text outside the text area

  /**
   * Lines beyond the text area by more than {@link #TOLERANCE}, by side. What is in the top margin
   * is the page number's place: a number there, or anything on a first page, is {@link
   * #pageNumber}'s to report.
   */
  private void outsideTextArea(View view, boolean firstPage) {
    Area a = view.area;
    List<String> sides = List.of("left of", "above", "right of", "below");
    for (int side = 0; side < 4; side++) {
      List<Line> out = new ArrayList<>();
      double worst = 0;
      for (Line l : view.page.lines()) {
        boolean pageNumber = view.top.contains(l) && (firstPage || l.text().matches("\\d+"));
        if (duplicated.contains(l) || pageNumber) {
          continue;
        }
        double beyond =
            switch (side) {
              case 0 -> a.left() - l.xMin();
              case 1 -> a.top() - top(l);
              case 2 -> l.xMax() - a.right();
              default -> bottom(l) - a.bottom();
            };
        if (beyond > TOLERANCE) {
          out.add(l);
          worst = Math.max(worst, beyond);
        }
      }
      if (!out.isEmpty()) {
        report(
            Kind.OUTSIDE_TEXT_AREA,
            view.page,
            String.format(
                Locale.ROOT,
                "%s %s the text area (%s pt), by up to %.1f pt: %s",
                out.size() == 1 ? "a line lies" : out.size() + " lines lie",
                sides.get(side),
                a.describe(),
                worst,
                out.get(0).quoted()));
      }
    }
  }

  /** A grey level darker than this is ink (a 0.75 pt rule at 72 dpi renders at 0 to 110). */
  private static final int INK = 200;

  /** A horizontal run of ink at least this long (in points) is a rule: a table border. */
  private static final int RULE = 40;

  /**
   * Drawing outside the text area, from pictures of the pages ({@link PageImages}): ink beyond the
   * text area that no text explains (text is {@link #check}'s), and tables whose rules stop at an
   * edge with no border there, as a table that is wider than the text area and cut off at its edge
   * does.
   */
  static List<Defect> checkDrawing(PdfPages pdf, Expectations doc, List<PageImages.Image> images) {
    List<Defect> out = new ArrayList<>();
    for (int i = 0; i < Math.min(images.size(), pdf.pages().size()); i++) {
      Page page = pdf.pages().get(i);
      PageImages.Image image = images.get(i);
      Area area = area(page, doc);
      inkOutside(page, image, area)
          .ifPresent(
              text -> out.add(new Defect(Kind.OUTSIDE_TEXT_AREA, pdf.name(), page.number(), text)));
      for (String edge : openTableEdges(image)) {
        out.add(new Defect(Kind.OUTSIDE_TEXT_AREA, pdf.name(), page.number(), edge));
      }
    }
    return out;
  }

  private static Optional<String> inkOutside(Page page, PageImages.Image image, Area area) {
    boolean[] text = textMask(page, image);
    int count = 0;
    int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    double slack = TOLERANCE + 1;
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        boolean outside =
            x < area.left() - slack
                || x > area.right() + slack
                || y < area.top() - slack
                || y > area.bottom() + slack;
        if (outside && image.at(x, y) < INK && !text[y * image.width() + x]) {
          count++;
          box[0] = Math.min(box[0], x);
          box[1] = Math.min(box[1], y);
          box[2] = Math.max(box[2], x);
          box[3] = Math.max(box[3], y);
        }
      }
    }
    if (count < 3) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "lines are drawn outside the text area (%s pt): %d points of ink at x %d–%d, y %d–%d",
            area.describe(),
            count,
            box[0],
            box[2],
            box[1],
            box[3]));
  }

  /** The pixels covered by text (each line's box and two points around it). */
  private static boolean[] textMask(Page page, PageImages.Image image) {
    boolean[] mask = new boolean[image.width() * image.height()];
    for (Line l : page.lines()) {
      int top = Math.max(0, (int) Math.floor(l.yMin() - 2));
      int bottom = Math.min(image.height() - 1, (int) Math.ceil(l.yMax() + 2));
      int left = Math.max(0, (int) Math.floor(l.xMin() - 2));
      int right = Math.min(image.width() - 1, (int) Math.ceil(l.xMax() + 2));
      for (int y = top; y <= bottom; y++) {
        for (int x = left; x <= right; x++) {
          mask[y * image.width() + x] = true;
        }
      }
    }
    return mask;
  }

  /** A horizontal rule: a run of ink in row {@code y} from {@code left} to {@code right}. */
  private record Rule(int y, int left, int right) {}

  /**
   * Table edges with no border: at least three rules end at the same place (a table's rows) and the
   * column there is not inked from the first of them to the last.
   */
  private static List<String> openTableEdges(PageImages.Image image) {
    List<Rule> rules = rules(image);
    List<String> out = new ArrayList<>();
    for (boolean right : List.of(false, true)) {
      List<List<Rule>> groups = new ArrayList<>();
      for (Rule r : rules) {
        int end = right ? r.right() : r.left();
        List<Rule> group =
            groups.stream()
                .filter(g -> Math.abs((right ? g.get(0).right() : g.get(0).left()) - end) <= 2)
                .findFirst()
                .orElse(null);
        if (group == null) {
          group = new ArrayList<>();
          groups.add(group);
        }
        group.add(r);
      }
      for (List<Rule> group : groups) {
        if (group.size() < 3) {
          continue;
        }
        int x = right ? group.get(0).right() : group.get(0).left();
        int top = group.stream().mapToInt(Rule::y).min().orElse(0);
        int bottom = group.stream().mapToInt(Rule::y).max().orElse(0);
        int inked = 0;
        for (int y = top; y <= bottom; y++) {
          if (image.darkestAround(x, y, 2) < INK) {
            inked++;
          }
        }
        if (inked < 0.9 * (bottom - top + 1)) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "a table's %s edge has no border: %d rules stop at x %d, y %d–%d, with no line"
                      + " down the edge (the table is cut off?)",
                  right ? "right" : "left",
                  group.size(),
                  x,
                  top,
                  bottom));
        }
      }
    }
    return out;
  }

  /** The page's horizontal rules, a rule two pixels thick counted once. */
  private static List<Rule> rules(PageImages.Image image) {
    List<Rule> out = new ArrayList<>();
    for (int y = 0; y < image.height(); y++) {
      int x = 0;
      while (x < image.width()) {
        if (image.at(x, y) >= INK) {
          x++;
          continue;
        }
        int start = x;
        while (x < image.width() && image.at(x, y) < INK) {
          x++;
        }
        Rule rule = new Rule(y, start, x - 1);
        if (x - start >= RULE && !repeats(out, rule)) {
          out.add(rule);
        }
      }
    }
    return out;
  }

  /** Whether {@code rule} is the second or third pixel row of a rule already found. */
  private static boolean repeats(List<Rule> found, Rule rule) {
    for (int i = found.size() - 1; i >= 0 && rule.y() - found.get(i).y() <= 2; i--) {
      Rule r = found.get(i);
      if (Math.abs(r.left() - rule.left()) <= 2 && Math.abs(r.right() - rule.right()) <= 2) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // 5. A line ending inside a unit

  /** Units that hold no space: a line break inside one cuts it. */
  private static final List<Pattern> UNITS =
      List.of(
          // a date: 26/9/2023, 11/01/2021
          Pattern.compile("(?<![\\d/])\\d{1,2}/\\d{1,2}/\\d{4}(?!\\d)"),
          // a document symbol: 36/QĐ-TTg, 4009/KH-UBND, 14-NQ/TU, 30/2020/NĐ-CP
          Pattern.compile("(?<![\\p{L}\\d/-])\\d+(?:/\\d{4})?(?:[/-]\\p{Lu}[\\p{L}\\d&]*)+"),
          // a number with separators: 74.580.000, 1.000.000,5, 7,5%
          Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?%?(?!\\d)"),
          Pattern.compile("(?<![\\d.,])\\d+,\\d+%?(?!\\d)"));

  private static final Pattern YEAR_AT_END = Pattern.compile("(\\d{4})$");
  private static final Pattern DASH_YEAR_AT_START = Pattern.compile("^[-–]\\s*(\\d{4})");
  private static final Pattern NUMBER_SIGN_AT_END = Pattern.compile("(Số:)$");
  private static final Pattern SYMBOL_AT_START = Pattern.compile("^(\\d*/\\S+)");

  private void splitUnits(View view) {
    for (Line line : view.body) {
      Line next = nextLine(view.body, line);
      if (next == null) {
        continue;
      }
      splitUnit(line.text(), next.text(), doc.text())
          .ifPresent(
              unit ->
                  report(
                      Kind.SPLIT_UNIT,
                      view.page,
                      "a line break splits "
                          + quote(unit)
                          + ": "
                          + quote("…" + tail(line.text()))
                          + " ⏎ "
                          + quote(head(next.text()) + "…")));
    }
  }

  /**
   * A unit cut by a page break: the end of the last row of one page's text area joined with the
   * start of the next page's first (a table's repeated header left out).
   */
  private void splitUnitAcrossPages(View here, View next) {
    List<Row> before = Page.rows(here.body);
    List<Row> after = Page.rows(next.body.stream().filter(l -> !isTableHeader(l)).toList());
    if (before.isEmpty() || after.isEmpty()) {
      return;
    }
    String end = before.get(before.size() - 1).text();
    String start = after.get(0).text();
    splitUnit(end, start, doc.text())
        .ifPresent(
            unit ->
                report(
                    Kind.SPLIT_UNIT,
                    here.page,
                    "the page break splits "
                        + quote(unit)
                        + ": "
                        + quote("…" + tail(end))
                        + " ⏎ page "
                        + next.page.number()
                        + " "
                        + quote(head(start) + "…")));
  }

  /**
   * The line that continues {@code line}: the nearest below it whose left and right overlap it,
   * within two line heights (a paragraph's or a table cell's next line).
   */
  private static Line nextLine(List<Line> lines, Line line) {
    Line next = null;
    for (Line l : lines) {
      boolean below =
          l.yMin() > line.yMin() + 0.5 * line.height()
              && l.yMax() - line.yMax() <= 2 * line.height();
      boolean overlaps = Math.min(l.xMax(), line.xMax()) > Math.max(l.xMin(), line.xMin());
      if (below && overlaps && (next == null || l.yMin() < next.yMin())) {
        next = l;
      }
    }
    return next;
  }

  /**
   * The unit a break between a line ending {@code end} and the next starting {@code start} cuts, if
   * the document's text has that unit whole: the confirmation keeps the end of one paragraph and
   * the start of the next, or two table rows, from passing for one unit.
   */
  static Optional<String> splitUnit(String end, String start, String documentText) {
    String tail = lastToken(end);
    String head = firstToken(start);
    String joined = tail + head;
    for (Pattern unit : UNITS) {
      Matcher m = unit.matcher(joined);
      while (m.find()) {
        if (m.start() < tail.length()
            && m.end() > tail.length()
            && documentText.contains(m.group())) {
          return Optional.of(m.group());
        }
      }
    }
    Matcher year = YEAR_AT_END.matcher(end.strip());
    Matcher dashYear = DASH_YEAR_AT_START.matcher(start.strip());
    if (year.find() && dashYear.find()) {
      String dash = start.strip().substring(0, 1);
      String range = year.group(1) + " " + dash + " " + dashYear.group(1);
      if (documentText.contains(range)) {
        return Optional.of(range);
      }
    }
    Matcher sign = NUMBER_SIGN_AT_END.matcher(end.strip());
    Matcher symbol = SYMBOL_AT_START.matcher(start.strip());
    if (sign.find() && symbol.find()) {
      String unit = "Số: " + symbol.group(1);
      if (documentText.contains(unit)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  private static String lastToken(String text) {
    String t = text.strip();
    return t.substring(t.lastIndexOf(' ') + 1);
  }

  private static String firstToken(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    return space < 0 ? t : t.substring(0, space);
  }

  private static String tail(String text) {
    String t = text.strip();
    return t.length() > 24 ? t.substring(t.length() - 24) : t;
  }

  private static String head(String text) {
    String t = text.strip();
    return t.length() > 24 ? t.substring(0, 24) : t;
  }

  // ---------------------------------------------------------------------------------------------
  // 6. A line extracted twice

  /**
   * Lines drawn twice: at the foot of a page and again at the top of the next (Flying Saucer draws
   * a line that meets a page break on both pages and clips it), or twice in one place. A table's
   * repeated header and a cell text every row shares are not duplicates: the copies must be at the
   * same left edge and one of them outside the text area, or the line long.
   */
  private void duplicates() {
    for (View view : views) {
      List<Line> lines = view.page.lines();
      for (int i = 0; i < lines.size(); i++) {
        for (int j = i + 1; j < lines.size(); j++) {
          Line a = lines.get(i);
          Line b = lines.get(j);
          if (a.key().equals(b.key())
              && Math.abs(a.xMin() - b.xMin()) < 1
              && Math.abs(a.yMin() - b.yMin()) < 1) {
            duplicated.add(b);
            report(Kind.DUPLICATE_LINE, view.page, "line " + a.quoted() + " is drawn twice");
          }
        }
      }
    }
    for (int i = 0; i + 1 < views.size(); i++) {
      View here = views.get(i);
      View next = views.get(i + 1);
      List<Line> foot = lastRows(here.page.lines(), 3);
      List<Line> top = firstRows(next.text(), 3);
      for (Line a : foot) {
        for (Line b : top) {
          if (a.key().length() >= 6
              && a.key().equals(b.key())
              && !isTableHeader(a)
              && Math.abs(a.xMin() - b.xMin()) < TOLERANCE
              && (outside(a, here.area) || outside(b, next.area) || a.key().length() >= 30)) {
            duplicated.add(a);
            duplicated.add(b);
            report(
                Kind.DUPLICATE_LINE,
                here.page,
                "line "
                    + a.quoted()
                    + " is at the foot of this page and again at the top of page "
                    + next.page.number());
          }
        }
      }
    }
  }

  private boolean isTableHeader(Line line) {
    return doc.tableHeaders().stream().anyMatch(h -> key(h).contains(line.key()));
  }

  private static boolean outside(Line l, Area a) {
    return top(l) < a.top() - TOLERANCE || bottom(l) > a.bottom() + TOLERANCE;
  }

  private static List<Line> lastRows(List<Line> lines, int count) {
    List<Row> rows = Page.rows(lines);
    return rows.subList(Math.max(0, rows.size() - count), rows.size()).stream()
        .flatMap(r -> r.lines().stream())
        .toList();
  }

  private static List<Line> firstRows(List<Line> lines, int count) {
    List<Row> rows = Page.rows(lines);
    return rows.subList(0, Math.min(count, rows.size())).stream()
        .flatMap(r -> r.lines().stream())
        .toList();
  }

  // ---------------------------------------------------------------------------------------------
  // 7. The PDF against LibreOffice's rendering of the DOCX

  /**
   * How two renderings of one document paginate: their page counts, and which pages begin at the
   * same place in both.
   *
   * @param same the numbers of the pages whose first lines agree
   * @param differing for each other page, its first line in both
   */
  record Pagination(
      String document, int ours, int theirs, List<Integer> same, List<String> differing) {
    double share() {
      int pages = Math.max(ours, theirs);
      return pages == 0 ? 1 : (double) same.size() / pages;
    }

    List<Defect> defects(double wanted) {
      List<Defect> out = new ArrayList<>();
      if (ours != theirs) {
        out.add(
            new Defect(
                Kind.PAGINATION,
                document,
                0,
                "kehoach's PDF has "
                    + ours
                    + " pages, LibreOffice's rendering of the DOCX "
                    + theirs));
      }
      if (share() < wanted) {
        out.add(
            new Defect(
                Kind.PAGINATION,
                document,
                0,
                String.format(
                    Locale.ROOT,
                    "%d of %d pages begin with the same line in both (%.0f%%, want %.0f%%): %s",
                    same.size(),
                    Math.max(ours, theirs),
                    100 * share(),
                    100 * wanted,
                    String.join("; ", differing.subList(0, Math.min(3, differing.size())))
                        + (differing.size() > 3 ? "; …" : ""))));
      }
      return out;
    }
  }

  /**
   * Compares kehoach's PDF with LibreOffice's rendering of the DOCX page by page. A page agrees
   * when both begin with the same line, or one's first line begins the other's: the two may wrap a
   * line a word apart and still begin the page at the same place.
   */
  static Pagination compare(String document, PdfPages ours, PdfPages theirs, Expectations doc) {
    List<Integer> same = new ArrayList<>();
    List<String> differing = new ArrayList<>();
    int pages = Math.max(ours.pages().size(), theirs.pages().size());
    for (int i = 0; i < pages; i++) {
      String a = i < ours.pages().size() ? firstLine(ours.pages().get(i), doc) : "";
      String b = i < theirs.pages().size() ? firstLine(theirs.pages().get(i), doc) : "";
      if (agree(key(a), key(b))) {
        same.add(i + 1);
      } else {
        differing.add("p" + (i + 1) + " " + quote(a) + " / " + quote(b));
      }
    }
    return new Pagination(
        document, ours.pages().size(), theirs.pages().size(), List.copyOf(same), differing);
  }

  private static boolean agree(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = a.length() < b.length() ? b : a;
    return shorter.length() >= 8 && longer.startsWith(shorter);
  }

  /**
   * The first line of a page's body: of the topmost row (a table header repeated at the top of a
   * continued table left out), its longest line, which in a table row is the text cell's.
   */
  static String firstLine(Page page, Expectations doc) {
    View view = View.of(page, area(page, doc));
    List<Line> body =
        view.body.stream()
            .filter(l -> doc.tableHeaders().stream().noneMatch(h -> key(h).contains(l.key())))
            .toList();
    List<Row> rows = Page.rows(body);
    if (rows.isEmpty()) {
      return "";
    }
    double topmost = body.stream().mapToDouble(Line::yMin).min().orElse(0);
    return body.stream()
        // within two points: the producers' text boxes differ in height (LibreOffice's are about
        // half as tall again), so a share of the height would take in different lines
        .filter(l -> l.yMin() < topmost + 2)
        .max(Comparator.comparingInt(l -> l.key().length()))
        .map(Line::text)
        .orElse("");
  }
}
