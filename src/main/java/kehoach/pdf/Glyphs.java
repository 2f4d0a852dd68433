package kehoach.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Shows text in one PDF as {@link PdfContentByte#showText} does, the same bytes, converting each
 * character to its glyph code once per font instead of at every showing (issue 14: OpenPDF looks a
 * character's glyph up in a map of boxed integers and records it in another, for every character of
 * every piece of text, a tenth of a model's way to its PDF).
 *
 * <p>The first time the PDF shows a character in a font, OpenPDF shows it alone on a scratch
 * content stream of the same writer: that records the glyph for the font's subset and its width, as
 * any showing does, and gives its code, which is kept. A text with a character outside the Basic
 * Multilingual Plane is left to OpenPDF whole. One per PDF, for one thread.
 */
final class Glyphs {
  /** In {@link Codes}: the character is not shown yet in this PDF. */
  private static final int UNKNOWN = 0;

  /** In {@link Codes}: the font has no glyph for the character; OpenPDF leaves it out. */
  private static final int NONE = -1;

  private static final byte[] SHOW = ")Tj\n".getBytes(StandardCharsets.US_ASCII);

  private final PdfContentByte scratch;
  private final Map<BaseFont, Codes> fonts = new IdentityHashMap<>();
  private BaseFont scratchFont;

  Glyphs(com.lowagie.text.pdf.PdfWriter writer) {
    this.scratch = new PdfContentByte(writer);
  }

  /** The code (plus one) of each character shown in one font, by character; 0 before it is. */
  private static final class Codes {
    int[] byChar = new int[256];
  }

  /**
   * Appends {@code text} shown in {@code font}, "(codes)Tj", to {@code cb}'s content, whose font
   * and size must be {@code font}'s.
   */
  void show(PdfContentByte cb, BaseFont font, String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        cb.showText(text);
        return;
      }
    }
    Codes codes = fonts.computeIfAbsent(font, f -> new Codes());
    ByteBuffer out = cb.getInternalBuffer();
    out.append_i('(');
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= codes.byChar.length) {
        codes.byChar = Arrays.copyOf(codes.byChar, Math.max(c + 1, 2 * codes.byChar.length));
      }
      int code = codes.byChar[c];
      if (code == UNKNOWN) {
        code = first(font, c);
        codes.byChar[c] = code;
      }
      if (code != NONE) {
        escaped(out, (code - 1) >> 8);
        escaped(out, (code - 1) & 0xff);
      }
    }
    out.append(SHOW);
  }

  /** Shows {@code c} alone on the scratch stream; its code plus one, or {@link #NONE}. */
  private int first(BaseFont font, char c) {
    ByteBuffer buffer = scratch.getInternalBuffer();
    if (font != scratchFont) {
      // the page being drawn has set this font already: its resources do not change
      scratch.setFontAndSize(font, 1);
      scratchFont = font;
    }
    buffer.reset();
    scratch.showText(String.valueOf(c));
    byte[] shown = buffer.toByteArray();
    buffer.reset();
    // "(", the code's two bytes each escaped as needed (none when the font has no glyph), ")Tj\n"
    int[] bytes = new int[2];
    int n = 0;
    for (int i = 1; n < 2 && shown[i] != ')'; i++) {
      int b = shown[i] & 0xff;
      if (b == '\\') {
        b = unescaped(shown[++i]);
      }
      bytes[n++] = b;
    }
    return n == 0 ? NONE : ((bytes[0] << 8) | bytes[1]) + 1;
  }

  private static int unescaped(byte b) {
    return switch (b) {
      case 'r' -> '\r';
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'b' -> '\b';
      case 'f' -> '\f';
      default -> b & 0xff;
    };
  }

  /** A byte of a string as {@code PdfContentByte.escapeAndAppendString} writes it. */
  private static void escaped(ByteBuffer out, int b) {
    switch (b) {
      case '\r' -> out.append_i('\\').append_i('r');
      case '\n' -> out.append_i('\\').append_i('n');
      case '\t' -> out.append_i('\\').append_i('t');
      case '\b' -> out.append_i('\\').append_i('b');
      case '\f' -> out.append_i('\\').append_i('f');
      case '(', ')', '\\' -> out.append_i('\\').append_i(b);
      default -> out.append_i(b);
    }
  }
}
