package kehoach.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import kehoach.pages.Typeface;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: {@link Glyphs} shows text as OpenPDF's {@code showText} does: the same content bytes
 * (codes, escapes), and the same glyphs recorded for each font's subset, whichever characters a
 * text holds: Vietnamese, punctuation, characters the font lacks, codes that must be escaped, and
 * characters outside the Basic Multilingual Plane.
 */
class GlyphsTest {
  /** A one-page PDF of {@code texts}, each in its face, shown by OpenPDF or by {@link Glyphs}. */
  private static byte[] pdf(List<String> texts, List<Integer> faces, boolean byGlyphs)
      throws Exception {
    IntFunction<BaseFont> fonts = Typeface.bundled()::font;
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document doc = new Document();
    com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(doc, pdf);
    doc.open();
    PdfContentByte cb = writer.getDirectContent();
    Glyphs glyphs = new Glyphs(writer);
    cb.beginText();
    for (int i = 0; i < texts.size(); i++) {
      BaseFont font = fonts.apply(faces.get(i));
      cb.setFontAndSize(font, 12);
      if (byGlyphs) {
        glyphs.show(cb, font, texts.get(i));
      } else {
        cb.showText(texts.get(i));
      }
    }
    cb.endText();
    doc.close();
    return pdf.toByteArray();
  }

  /** The embedded font files, decompressed, in the order they are written. */
  private static List<byte[]> fontFiles(PdfReader reader) throws Exception {
    List<byte[]> files = new ArrayList<>();
    for (int i = 1; i < reader.getXrefSize(); i++) {
      PdfObject o = reader.getPdfObject(i);
      if (o instanceof PRStream s && s.get(new PdfName("Length1")) != null) {
        files.add(PdfReader.getStreamBytes(s));
      }
    }
    return files;
  }

  @Test
  void textIsShownAsOpenPdfShowsIt() throws Exception {
    StringBuilder pool = new StringBuilder();
    int[][] ranges = {
      {0x20, 0x24f}, {0x300, 0x323}, {0x1e00, 0x1eff}, {0x2000, 0x206f}, {0x20ab, 0x20ac}
    };
    for (int[] range : ranges) {
      for (int c = range[0]; c <= range[1]; c++) {
        pool.append((char) c);
      }
    }
    // characters the font lacks, control characters, and one outside the BMP
    pool.append("\t\n\r\b\f一ก€✓");
    String[] wide = {"\uD83D\uDE00", "\uD835\uDC00"};
    Random random = new Random(3);
    List<String> texts = new ArrayList<>();
    List<Integer> faces = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(pool.charAt(random.nextInt(pool.length())));
      }
      if (random.nextInt(50) == 0) {
        text.insert(random.nextInt(text.length() + 1), wide[random.nextInt(wide.length)]);
      }
      texts.add(text.toString());
      faces.add(random.nextInt(4));
    }
    PdfReader byOpenPdf = new PdfReader(pdf(texts, faces, false));
    PdfReader byGlyphs = new PdfReader(pdf(texts, faces, true));
    assertArrayEquals(byOpenPdf.getPageContent(1), byGlyphs.getPageContent(1), "the page's bytes");
    List<byte[]> expected = fontFiles(byOpenPdf);
    List<byte[]> actual = fontFiles(byGlyphs);
    assertEquals(4, expected.size(), "the four faces are embedded");
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i), "the subset of font " + i);
    }
    assertTrue(
        new String(byGlyphs.getPageContent(1), "ISO-8859-1").contains("\\("),
        "some code was escaped");
  }
}
