package kehoach.pages;

import java.util.ArrayList;
import java.util.List;
import kehoach.document.Style;
import kehoach.document.Stylesheet;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Breaks the text of a paragraph or a table cell into lines, as a word processor does: greedy, a
 * line ending at a space (or after a hyphen between letters), never inside text marked {@code
 * white-space: nowrap}, justified lines widened at their spaces. A {@code <br/>} ends a line, which
 * is then not justified.
 */
final class Inline {
  /** A piece of text in one face and size; a space is a piece of its own. */
  private record Piece(String text, int face, double size, double width, boolean space) {
    /** Whether this is a forced line break ({@code <br/>}), after which the line ends. */
    boolean forced() {
      return text.equals(FORCED);
    }
  }

  /** The text of a forced line break's piece; text itself never holds it (it is white space). */
  private static final String FORCED = "\n";

  /** Pieces up to and including a place where the line may end. */
  private record Segment(List<Piece> pieces) {
    double width() {
      double w = 0;
      for (Piece p : pieces) {
        w += p.width();
      }
      return w;
    }

    /** The width without the spaces at its end, which hang past the line's end. */
    double contentWidth() {
      double w = width();
      for (int i = pieces.size() - 1;
          i >= 0 && (pieces.get(i).space() || pieces.get(i).forced());
          i--) {
        w -= pieces.get(i).width();
      }
      return w;
    }

    boolean endsLine() {
      return !pieces.isEmpty() && pieces.get(pieces.size() - 1).forced();
    }
  }

  /** A laid-out line: its text marks relative to the line's top left, and its height. */
  record Line(List<Mark.Text> marks, double height, boolean empty) {}

  private final Typeface typeface;
  private final List<Piece> pieces = new ArrayList<>();
  private final List<Boolean> breakAfter = new ArrayList<>();
  private boolean lastWasSpace = true;

  private Inline(Typeface typeface) {
    this.typeface = typeface;
  }

  /**
   * The lines of {@code element}'s text at {@code width}, the first indented by {@code indent}.
   * {@code style} is the element's own, which the caller has already looked up.
   */
  static List<Line> lines(
      Element element,
      Style style,
      Stylesheet sheet,
      Typeface typeface,
      double width,
      double indent) {
    Inline inline = new Inline(typeface);
    inline.collect(element, style, sheet);
    return inline.fill(width, indent, style);
  }

  /**
   * The two widths a table's column sizing asks of a cell: {@code min}, the widest piece of its
   * text no line may break inside (the narrowest the cell can be without cutting a word or a unit),
   * and {@code natural}, its text set on one line (the widest it would ever need). Both from one
   * reading of the cell's text: the column widths and the least widths once read every cell twice
   * (issue 14).
   */
  record Widths(double min, double natural) {}

  /** {@link Widths} of {@code element}'s text; {@code style} is the element's own. */
  static Widths widths(Element element, Style style, Stylesheet sheet, Typeface typeface) {
    Inline inline = new Inline(typeface);
    inline.collect(element, style, sheet);
    List<Segment> segments = inline.segments();
    double least = 0;
    double widest = 0;
    double width = 0;
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      least = Math.max(least, s.contentWidth());
      boolean lineEnds = i == segments.size() - 1 || s.endsLine();
      width += lineEnds ? s.contentWidth() : s.width();
      if (lineEnds) {
        // a <br/> ends a line: the widest line is what the cell needs
        widest = Math.max(widest, width);
        width = 0;
      }
    }
    return new Widths(least, widest);
  }

  private void collect(Element element, Style style, Stylesheet sheet) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text(n.getNodeValue(), style);
      } else if (n instanceof Element child) {
        if (child.getLocalName().equals("br")) {
          int face = Typeface.face(style.bold(), style.italic());
          add(new Piece(FORCED, face, style.fontSize(), 0, false), true);
          lastWasSpace = true;
          continue;
        }
        collect(child, sheet.style(child), sheet);
      }
    }
  }

  private void text(String text, Style style) {
    int face = Typeface.face(style.bold(), style.italic());
    double size = style.fontSize();
    boolean wraps = style.wraps();
    boolean keepSpaces = style.keepsSpaces();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (space) {
        flushWord(word, face, size, wraps);
        if (keepSpaces || !lastWasSpace) {
          add(new Piece(" ", face, size, typeface.width(" ", face, size), true), wraps);
          lastWasSpace = true;
        }
        continue;
      }
      word.append(c);
      lastWasSpace = false;
      // A line may end after a hyphen that joins two words, as in LibreOffice and Word.
      if (c == '-'
          && wraps
          && word.length() > 1
          && Character.isLetter(word.charAt(word.length() - 2))
          && i + 1 < text.length()
          && Character.isLetter(text.charAt(i + 1))) {
        flushWord(word, face, size, true);
      }
    }
    flushWord(word, face, size, false);
  }

  private void flushWord(StringBuilder word, int face, double size, boolean breakable) {
    if (word.length() == 0) {
      return;
    }
    String text = word.toString();
    add(new Piece(text, face, size, typeface.width(text, face, size), false), breakable);
    word.setLength(0);
  }

  private void add(Piece piece, boolean breakable) {
    pieces.add(piece);
    breakAfter.add(breakable);
  }

  /**
   * The pieces cut where a line may end. Each segment is a view of {@link #pieces}, which no longer
   * changes once the text is read: copying them was a large part of a table's layout (issue 14).
   */
  private List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      boolean nextIsSpace = i + 1 < pieces.size() && pieces.get(i + 1).space();
      // spaces stay with the word before them, so a break falls after the last of them
      if (breakAfter.get(i) && (!nextIsSpace || p.forced())) {
        out.add(new Segment(pieces.subList(start, i + 1)));
        start = i + 1;
      }
    }
    if (start < pieces.size()) {
      out.add(new Segment(pieces.subList(start, pieces.size())));
    }
    // leading spaces of a paragraph are not printed
    if (!out.isEmpty()) {
      List<Piece> first = out.get(0).pieces();
      int from = 0;
      while (from < first.size() && first.get(from).space()) {
        from++;
      }
      out.set(0, new Segment(first.subList(from, first.size())));
    }
    return out;
  }

  private List<Line> fill(double width, double indent, Style style) {
    List<List<Piece>> rows = new ArrayList<>();
    List<Piece> row = new ArrayList<>();
    double used = 0;
    for (Segment s : segments()) {
      double available = width - (rows.isEmpty() ? indent : 0);
      if (!row.isEmpty() && used + s.contentWidth() > available + 0.001) {
        rows.add(row);
        row = new ArrayList<>();
        used = 0;
        available = width;
      }
      if (row.isEmpty() && s.contentWidth() > available + 0.001) {
        // a word wider than the line: it is cut where it must be, as word processors do
        for (Piece p : s.pieces()) {
          for (Piece part : cut(p, available, used)) {
            if (used + part.width() > available + 0.001 && !row.isEmpty() && !part.space()) {
              rows.add(row);
              row = new ArrayList<>();
              used = 0;
              available = width;
            }
            row.add(part);
            used += part.width();
          }
        }
      } else {
        row.addAll(s.pieces());
        used += s.width();
      }
      if (s.endsLine()) {
        rows.add(row);
        row = new ArrayList<>();
        used = 0;
      }
    }
    rows.add(row);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      boolean last = i == rows.size() - 1;
      lines.add(line(rows.get(i), width, i == 0 ? indent : 0, style, last));
    }
    return lines;
  }

  /** A piece cut into characters, for a word longer than a line. */
  private List<Piece> cut(Piece p, double available, double used) {
    if (p.space() || p.forced() || p.width() <= available - used) {
      return List.of(p);
    }
    List<Piece> out = new ArrayList<>();
    for (int i = 0; i < p.text().length(); ) {
      int end = i + Character.charCount(p.text().codePointAt(i));
      String c = p.text().substring(i, end);
      out.add(new Piece(c, p.face(), p.size(), typeface.width(c, p.face(), p.size()), false));
      i = end;
    }
    return out;
  }

  private Line line(List<Piece> row, double width, double indent, Style style, boolean last) {
    int end = row.size();
    // a line a <br/> ends is not justified, as in CSS (and in Word with doNotExpandShiftReturn)
    boolean forced = end > 0 && row.get(end - 1).forced();
    if (forced) {
      end--;
    }
    while (end > 0 && row.get(end - 1).space()) {
      end--;
    }
    // a view, not a copy: the row is this line's alone
    List<Piece> content = row.subList(0, end);
    double natural = 0;
    int spaces = 0;
    double size = style.fontSize();
    double height = 0;
    for (Piece p : content) {
      natural += p.width();
      spaces += p.space() ? 1 : 0;
      height = Math.max(height, typeface.lineHeight(p.size()));
    }
    if (content.isEmpty()) {
      height = typeface.lineHeight(size);
    }
    height *= style.lineSpacing();
    double available = width - indent;
    String align = style.textAlign();
    double x = indent;
    double stretch = 0;
    switch (align) {
      case "center" -> x += Math.max(0, (available - natural) / 2);
      case "right" -> x += Math.max(0, available - natural);
      case "justify" -> {
        if (!last && !forced && spaces > 0 && natural < available) {
          stretch = (available - natural) / spaces;
        }
      }
      default -> {}
    }
    double ascent = 0;
    for (Piece p : content) {
      ascent = Math.max(ascent, typeface.ascent(p.size()));
    }
    double baseline = ascent;
    List<Mark.Text> marks = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    double runX = x;
    Piece runStyle = null;
    for (Piece p : content) {
      boolean sameStyle =
          runStyle != null && runStyle.face() == p.face() && runStyle.size() == p.size();
      if (runStyle != null && (!sameStyle || (p.space() && stretch > 0))) {
        if (p.space() && stretch > 0) {
          run.append(' ');
        }
        marks.add(new Mark.Text(run.toString(), runStyle.face(), runStyle.size(), runX, baseline));
        run.setLength(0);
        runStyle = null;
      }
      if (p.space() && stretch > 0) {
        x += p.width() + stretch;
        continue;
      }
      if (runStyle == null) {
        runStyle = p;
        runX = x;
      }
      run.append(p.text());
      x += p.width();
    }
    if (runStyle != null && run.length() > 0) {
      marks.add(new Mark.Text(run.toString(), runStyle.face(), runStyle.size(), runX, baseline));
    }
    return new Line(marks, height, content.isEmpty());
  }
}
