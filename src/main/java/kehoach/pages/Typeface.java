package kehoach.pages;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import kehoach.document.Fonts;

/**
 * The bundled font's four faces with their metrics. The line height is the one word processors use
 * for single spacing: the font's ascender, descender and line gap (its {@code hhea} table), which
 * for Liberation Serif is 1.15 times the size, as for Times New Roman.
 */
public final class Typeface {
  public static final int REGULAR = 0;
  public static final int BOLD = 1;
  public static final int ITALIC = 2;
  public static final int BOLD_ITALIC = 3;

  private static final Typeface BUNDLED = load();

  private final List<BaseFont> faces;
  private final double ascent;
  private final double lineHeight;

  /**
   * Per face, the width of each character met so far in thousandths of the size, by blocks of 256
   * characters; 0 is not yet asked (a known width of 0 is stored as {@code -1}). OpenPDF looks each
   * character's glyph and width up in maps on every call, and the page layout measures every word
   * and line again as it breaks them (issue 14): this reads the same widths once per JVM.
   */
  private final int[][][] widths = new int[4][256][];

  private Typeface(List<BaseFont> faces, double ascent, double lineHeight) {
    this.faces = faces;
    this.ascent = ascent;
    this.lineHeight = lineHeight;
  }

  /** The bundled Liberation Serif. Its fonts are only read once loaded, so it is shared. */
  public static Typeface bundled() {
    return BUNDLED;
  }

  private static Typeface load() {
    try {
      BaseFont[] faces = new BaseFont[4];
      for (int i = 0; i < 4; i++) {
        String file = Fonts.FILES.get(i);
        faces[i] =
            BaseFont.createFont(
                file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, Fonts.read(file), null);
        // Each PDF embeds a subset of each face it uses: OpenPDF only stores it (zlib's level 0,
        // a copy), and the PDF writer deflates it at level 1 once per JVM for each subset
        // (kehoach.pdf.FontStreams; docs/performance.md, issue 14).
        faces[i].setCompressionLevel(0);
      }
      ByteBuffer font = ByteBuffer.wrap(Fonts.read(Fonts.FILES.get(0)));
      int head = table(font, "head");
      int hhea = table(font, "hhea");
      double unitsPerEm = font.getShort(head + 18) & 0xffff;
      double ascender = font.getShort(hhea + 4);
      double descender = -font.getShort(hhea + 6);
      double gap = font.getShort(hhea + 8);
      return new Typeface(
          List.of(faces), ascender / unitsPerEm, (ascender + descender + gap) / unitsPerEm);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("the bundled font is unusable", e);
    }
  }

  /** The offset of a table in a TrueType file. */
  private static int table(ByteBuffer font, String tag) {
    int tables = font.getShort(4) & 0xffff;
    for (int i = 0; i < tables; i++) {
      int entry = 12 + 16 * i;
      StringBuilder name = new StringBuilder();
      for (int c = 0; c < 4; c++) {
        name.append((char) font.get(entry + c));
      }
      if (name.toString().equals(tag)) {
        return font.getInt(entry + 8);
      }
    }
    throw new IllegalStateException("the bundled font has no " + tag + " table");
  }

  /** The face for bold and italic. */
  public static int face(boolean bold, boolean italic) {
    return (bold ? BOLD : 0) | (italic ? ITALIC : 0);
  }

  /** The OpenPDF font of a face, for drawing. */
  public BaseFont font(int face) {
    return faces.get(face);
  }

  /** The width of {@code text} in points. */
  public double width(String text, int face, double size) {
    // as BaseFont.getWidthPoint: the sum of the characters' widths, times 0.001f and the size
    int total = 0;
    int[][] blocks = widths[face];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return faces.get(face).getWidthPoint(text, (float) size);
      }
      int[] block = blocks[c >> 8];
      if (block == null) {
        block = new int[256];
        blocks[c >> 8] = block;
      }
      int w = block[c & 0xff];
      if (w == 0) {
        w = faces.get(face).getWidth(String.valueOf(c));
        block[c & 0xff] = w == 0 ? -1 : w;
      } else if (w == -1) {
        w = 0;
      }
      total += w;
    }
    return total * 0.001f * (float) size;
  }

  /** The height of one line at single spacing. */
  public double lineHeight(double size) {
    return lineHeight * size;
  }

  /** From the top of a line to its baseline. */
  public double ascent(double size) {
    return ascent * size;
  }
}
