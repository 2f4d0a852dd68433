package kehoach.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import kehoach.document.Fonts;
import kehoach.document.Reproducible;
import kehoach.document.XhtmlDocument;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;

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
    renderer.setListener(new CreationDate(Reproducible.timestamp(document)));
    renderer.layout();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      renderer.createPDF(pdf);
    } catch (DocumentException e) {
      throw new IOException("the PDF could not be written: " + e.getMessage(), e);
    }
    out.write(PdfIdentity.derive(pdf.toByteArray(), document.source()));
  }

  /** Dates the PDF with the document's timestamp, in UTC, instead of the time it was made. */
  private record CreationDate(Instant timestamp) implements PDFCreationListener {
    @Override
    public void preOpen(ITextRenderer renderer) {}

    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {}

    @Override
    public void onClose(ITextRenderer renderer) {
      Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      utc.setTimeInMillis(timestamp.toEpochMilli());
      renderer.getWriter().getInfo().put(PdfName.CREATIONDATE, new PdfDate(utc));
    }
  }
}
