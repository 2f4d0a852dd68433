package kehoach.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.render.Format;
import kehoach.render.Renderer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the layout's faces have OpenPDF store their subsets, and {@link FontStreams} deflates
 * them, once per content. No PDF may carry a stored (uncompressed) font, each subset must still be
 * the font OpenPDF made, and a stream with other content must not get another's deflated bytes.
 */
class FontStreamsTest {
  private static final Path NINH_THUAN = Path.of("samples/ninh-thuan-2024.yaml");
  private static final Path NAM_DINH = Path.of("samples/nam-dinh-2023.yaml");

  /** The embedded font files (FontFile2) of a PDF, raw as they are written. */
  private static List<PRStream> fonts(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    List<PRStream> fonts = new ArrayList<>();
    for (int i = 1; i < reader.getXrefSize(); i++) {
      PdfObject o = reader.getPdfObject(i);
      if (o instanceof PRStream s && s.get(new PdfName("Length1")) != null) {
        fonts.add(s);
      }
    }
    return fonts;
  }

  private static byte[] pdf(Path model) throws Exception {
    Renderer renderer = new Renderer(Optional.empty());
    return Renderer.bytes(renderer.document(Kehoach.compute(model)), Format.PDF);
  }

  @Test
  void everyFontIsDeflatedAndIsAWholeTrueTypeFont() throws Exception {
    List<PRStream> fonts = fonts(pdf(NINH_THUAN));
    assertEquals(4, fonts.size(), "the four faces of Ninh Thuận's PDF");
    for (PRStream font : fonts) {
      assertEquals(PdfName.FLATEDECODE, font.get(PdfName.FILTER));
      byte[] raw = PdfReader.getStreamBytesRaw(font);
      // zlib's header of level 1, and a first block of Huffman codes, not stored bytes
      assertEquals(0x78, raw[0] & 0xff);
      assertEquals(0x01, raw[1] & 0xff);
      assertNotEquals(0, raw[2] & 0x06, "the font is stored, not deflated");
      assertEquals(raw.length, ((PdfNumber) font.get(PdfName.LENGTH)).intValue());
      byte[] ttf = PdfReader.getStreamBytes(font);
      assertEquals(((PdfNumber) font.get(new PdfName("Length1"))).intValue(), ttf.length);
      assertArrayEquals(new byte[] {0, 1, 0, 0}, java.util.Arrays.copyOf(ttf, 4), "TrueType");
      assertTrue(raw.length < ttf.length * 0.8, "deflated: " + raw.length + " of " + ttf.length);
    }
  }

  @Test
  void theSameDocumentHasTheSameBytes() throws Exception {
    byte[] first = pdf(NINH_THUAN);
    pdf(NAM_DINH);
    assertArrayEquals(first, pdf(NINH_THUAN));
  }

  /** A stream as OpenPDF writes a layout face's subset: stored, zlib's level 0. */
  private static PdfStream stored(byte[] content) {
    PdfStream s = new PdfStream(content);
    s.put(new PdfName("Length1"), new PdfNumber(content.length));
    s.flateCompress(0);
    return s;
  }

  private static byte[] content(PdfStream s) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.writeContent(out);
    return out.toByteArray();
  }

  @Test
  void eachContentIsDeflatedAsItselfEvenAfterAnotherOfTheSameLength() throws Exception {
    byte[] one = "glyphs of one plan ".repeat(400).getBytes(StandardCharsets.US_ASCII);
    byte[] two = "glyphs of two plan ".repeat(400).getBytes(StandardCharsets.US_ASCII);
    for (byte[] raw : List.of(one, two, one)) {
      PdfStream deflated = FontStreams.deflated(stored(raw));
      byte[] zlib = content(deflated);
      assertNotEquals(0, zlib[2] & 0x06, "deflated, not stored");
      assertArrayEquals(raw, PdfReader.FlateDecode(zlib));
      assertEquals(zlib.length, ((PdfNumber) deflated.get(PdfName.LENGTH)).intValue());
      assertEquals(raw.length, ((PdfNumber) deflated.get(new PdfName("Length1"))).intValue());
      assertEquals(PdfName.FLATEDECODE, deflated.get(PdfName.FILTER));
    }
  }

  @Test
  void aStreamDeflatedAtAnotherLevelIsLeftAsItIs() throws Exception {
    PdfStream s =
        new PdfStream("an image or a PDF/A font".repeat(50).getBytes(StandardCharsets.US_ASCII));
    s.flateCompress(6);
    assertSame(s, FontStreams.deflated(s));
  }
}
