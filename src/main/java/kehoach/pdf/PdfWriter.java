package kehoach.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import kehoach.document.Reproducible;
import kehoach.document.XhtmlDocument;
import kehoach.pages.Mark;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;
import kehoach.pages.Typeface;
import org.w3c.dom.NodeList;

/**
 * Draws the document's pages, as {@link PageLayout} lays them out, with OpenPDF: every piece of
 * text once, in reading order, in subsets of the bundled font.
 */
public final class PdfWriter {
  private PdfWriter() {}

  public static void write(XhtmlDocument document, OutputStream out) throws IOException {
    List<Page> pages = PageLayout.pages(document);
    Typeface typeface = Typeface.bundled();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document doc = new Document();
    try {
      com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(doc, pdf);
      writer.setPdfVersion(com.lowagie.text.pdf.PdfWriter.VERSION_1_5);
      writer.setCompressionLevel(9);
      String title = title(document);
      if (!title.isEmpty()) {
        doc.addTitle(title);
      }
      boolean open = false;
      for (Page page : pages) {
        doc.setPageSize(new Rectangle((float) page.style().width(), (float) page.style().height()));
        if (!open) {
          doc.open();
          open = true;
        } else {
          doc.newPage();
        }
        draw(page, writer.getDirectContent(), typeface);
      }
      if (!open) {
        doc.open();
        writer.setPageEmpty(false);
      }
      stamp(writer, Reproducible.timestamp(document).toEpochMilli());
      doc.close();
    } catch (DocumentException e) {
      throw new IOException("the PDF could not be written: " + e.getMessage(), e);
    }
    byte[] written = CrossReference.asciiDigits(pdf.toByteArray());
    out.write(PdfIdentity.derive(written, document.source()));
  }

  private static String title(XhtmlDocument document) {
    NodeList titles = document.dom().getElementsByTagNameNS(XhtmlDocument.XHTML, "title");
    return titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip();
  }

  /** Dates the PDF with the document's timestamp, in UTC, instead of the time it was made. */
  private static void stamp(com.lowagie.text.pdf.PdfWriter writer, long millis) {
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    utc.setTimeInMillis(millis);
    writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(utc));
    writer.getInfo().put(PdfName.MODDATE, new PdfDate(utc));
    writer.getInfo().put(PdfName.PRODUCER, new PdfString("kehoach"));
  }

  private static void draw(Page page, PdfContentByte cb, Typeface typeface) {
    double height = page.style().height();
    boolean inText = false;
    int face = -1;
    double size = -1;
    for (Mark m : page.marks()) {
      if (m instanceof Mark.Text t) {
        {
          if (!inText) {
            cb.beginText();
            inText = true;
            face = -1;
          }
          if (t.face() != face || t.size() != size) {
            cb.setFontAndSize(typeface.font(t.face()), (float) t.size());
            face = t.face();
            size = t.size();
          }
          cb.setTextMatrix((float) t.x(), (float) (height - t.y()));
          cb.showText(t.text());
        }
      } else if (m instanceof Mark.Stroke s) {
        {
          if (inText) {
            cb.endText();
            inText = false;
          }
          cb.setLineWidth((float) s.width());
          cb.moveTo((float) s.x1(), (float) (height - s.y1()));
          cb.lineTo((float) s.x2(), (float) (height - s.y2()));
          cb.stroke();
        }
      }
    }
    if (inText) {
      cb.endText();
    }
  }
}
