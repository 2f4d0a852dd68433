package kehoach.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import kehoach.pages.Mark;
import kehoach.pages.Page;

/**
 * A page's marks as PDF content operators, in as few bytes as the page needs (issue 14: a table's
 * cells drew their four borders each, so most lines of a table were drawn twice, in pieces a cell
 * long, and the bytes cost the deflater's time and the file's size):
 *
 * <ul>
 *   <li>the page's text in one text object, in reading order, each piece placed by {@code Td}
 *       relative to the one before, at the same hundredths of a point {@code Tm} placed it at;
 *   <li>then its lines, each width once: the lines of a width in one path, one {@code S}; pieces of
 *       the same horizontal or vertical line that meet or overlap drawn as one line, and a line
 *       drawn twice drawn once. With butt caps (the default) and opaque ink the page looks the
 *       same: every point a piece covered is covered, and no other.
 * </ul>
 *
 * Coordinates are written in hundredths of a point, as OpenPDF writes them.
 */
final class PageContent {
  private PageContent() {}

  static void draw(Page page, PdfContentByte cb, IntFunction<BaseFont> fonts, Glyphs glyphs) {
    double height = page.style().height();
    ByteBuffer out = cb.getInternalBuffer();
    Map<Float, Lines> lines = new LinkedHashMap<>();
    boolean inText = false;
    int face = -1;
    double size = -1;
    BaseFont font = null;
    long atX = 0;
    long atY = 0;
    for (Mark m : page.marks()) {
      if (m instanceof Mark.Text t) {
        if (!inText) {
          cb.beginText();
          inText = true;
        }
        if (t.face() != face || t.size() != size) {
          face = t.face();
          size = t.size();
          font = fonts.apply(face);
          cb.setFontAndSize(font, (float) size);
        }
        long x = hundredths(t.x());
        long y = hundredths(height - t.y());
        number(out, x - atX);
        out.append_i(' ');
        number(out, y - atY);
        out.append(TD);
        atX = x;
        atY = y;
        glyphs.show(cb, font, t.text());
      } else if (m instanceof Mark.Stroke s) {
        lines
            .computeIfAbsent((float) s.width(), w -> new Lines())
            .add(
                hundredths(s.x1()),
                hundredths(height - s.y1()),
                hundredths(s.x2()),
                hundredths(height - s.y2()));
      }
    }
    if (inText) {
      cb.endText();
    }
    for (Map.Entry<Float, Lines> width : lines.entrySet()) {
      cb.setLineWidth(width.getKey());
      width.getValue().write(out);
      out.append(STROKE);
    }
  }

  private static final byte[] TD = " Td\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MOVE = " m\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LINE = " l\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] STROKE = "S\n".getBytes(StandardCharsets.US_ASCII);

  /**
   * {@code value} in whole hundredths of a point, rounded as OpenPDF rounds a coordinate of one
   * point or more: the float's value plus 0.005, cut to hundredths.
   */
  static long hundredths(double value) {
    double v = (float) value;
    return v >= 0 ? (long) ((v + 0.005) * 100) : -(long) ((-v + 0.005) * 100);
  }

  /** {@code hundredths} / 100 as a PDF number: no trailing zeros, no decimal point for a whole. */
  static void number(ByteBuffer out, long hundredths) {
    long h = hundredths;
    if (h < 0) {
      out.append_i('-');
      h = -h;
    }
    digits(out, h / 100);
    int cents = (int) (h % 100);
    if (cents != 0) {
      out.append_i('.');
      out.append_i('0' + cents / 10);
      if (cents % 10 != 0) {
        out.append_i('0' + cents % 10);
      }
    }
  }

  private static void digits(ByteBuffer out, long whole) {
    if (whole >= 10) {
      digits(out, whole / 10);
    }
    out.append_i((int) ('0' + whole % 10));
  }

  /**
   * The lines of one width: horizontal ones by their height, vertical ones by their abscissa, each
   * a set of pieces merged where they meet; any other line as it is.
   */
  private static final class Lines {
    private final TreeMap<Long, List<long[]>> horizontal = new TreeMap<>();
    private final TreeMap<Long, List<long[]>> vertical = new TreeMap<>();
    private final List<long[]> other = new ArrayList<>();

    void add(long x1, long y1, long x2, long y2) {
      if (y1 == y2) {
        horizontal
            .computeIfAbsent(y1, y -> new ArrayList<>())
            .add(new long[] {Math.min(x1, x2), Math.max(x1, x2)});
      } else if (x1 == x2) {
        vertical
            .computeIfAbsent(x1, x -> new ArrayList<>())
            .add(new long[] {Math.min(y1, y2), Math.max(y1, y2)});
      } else {
        other.add(new long[] {x1, y1, x2, y2});
      }
    }

    void write(ByteBuffer out) {
      // top of the page first
      for (Map.Entry<Long, List<long[]>> row : horizontal.descendingMap().entrySet()) {
        long y = row.getKey();
        for (long[] piece : merged(row.getValue())) {
          segment(out, piece[0], y, piece[1], y);
        }
      }
      for (Map.Entry<Long, List<long[]>> column : vertical.entrySet()) {
        long x = column.getKey();
        for (long[] piece : merged(column.getValue())) {
          segment(out, x, piece[1], x, piece[0]);
        }
      }
      for (long[] line : other) {
        segment(out, line[0], line[1], line[2], line[3]);
      }
    }

    /** The pieces of one line sorted, those that meet or overlap made one. */
    private static List<long[]> merged(List<long[]> pieces) {
      pieces.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
      List<long[]> merged = new ArrayList<>();
      long[] current = null;
      for (long[] piece : pieces) {
        if (current != null && piece[0] <= current[1]) {
          current[1] = Math.max(current[1], piece[1]);
        } else {
          current = piece.clone();
          merged.add(current);
        }
      }
      return merged;
    }

    private static void segment(ByteBuffer out, long x1, long y1, long x2, long y2) {
      number(out, x1);
      out.append_i(' ');
      number(out, y1);
      out.append(MOVE);
      number(out, x2);
      out.append_i(' ');
      number(out, y2);
      out.append(LINE);
    }
  }
}
