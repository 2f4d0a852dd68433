package kehoach.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.List;
import kehoach.document.Fonts;

/**
 * The bundled font's four faces as a PDF/A file embeds them: without a {@code CIDSet}. OpenPDF's
 * {@code CIDSet} lists the glyphs the text uses, not all those its subset holds (the pieces of
 * composite glyphs, the missing glyph), which PDF/A-2 forbids (ISO 19005-2, 6.2.11.4.2); PDF/A-2
 * does not need one. These are other {@link BaseFont} objects than the layout's, with the same
 * metrics, so a plain PDF keeps the bytes it always had.
 */
final class ArchivalFonts {
  private static final List<BaseFont> FACES = load();

  private ArchivalFonts() {}

  /** The face {@code face} ({@link kehoach.pages.Typeface#face}). */
  static BaseFont font(int face) {
    return FACES.get(face);
  }

  private static List<BaseFont> load() {
    try {
      BaseFont[] faces = new BaseFont[Fonts.FILES.size()];
      for (int i = 0; i < faces.length; i++) {
        String file = Fonts.FILES.get(i);
        faces[i] =
            BaseFont.createFont(
                file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, Fonts.read(file), null);
        faces[i].setIncludeCidSet(false);
      }
      return List.of(faces);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("the bundled font is unusable", e);
    }
  }
}
