package kehoach.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.OutputStream;
import kehoach.document.Fonts;
import kehoach.document.XhtmlDocument;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** Renders the intermediate document to PDF. */
public final class PdfWriter {
  private PdfWriter() {}

  public static void write(XhtmlDocument document, OutputStream out) throws IOException {
    ITextRenderer renderer = new ITextRenderer();
    ITextFontResolver resolver = renderer.getFontResolver();
    for (String file : Fonts.FILES) {
      try {
        // OpenPDF finds the font as a class-path resource, inside the jar.
        resolver.addFont(Fonts.RESOURCE_FOLDER + file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      } catch (DocumentException e) {
        throw new IllegalStateException("the bundled font " + file + " is unusable", e);
      }
    }
    renderer.setDocument(document.dom(), null);
    renderer.layout();
    try {
      renderer.createPDF(out);
    } catch (DocumentException e) {
      throw new IOException("the PDF could not be written: " + e.getMessage(), e);
    }
  }
}
