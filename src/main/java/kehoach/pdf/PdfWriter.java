package kehoach.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.document.Reproducible;
import kehoach.document.XhtmlDocument;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;
import kehoach.pages.Typeface;

/**
 * Draws the document's pages, as {@link PageLayout} lays them out, with OpenPDF: every piece of
 * text once, in reading order, in subsets of the bundled font; as a plain PDF, or as PDF/A-2b for
 * archives (see docs/pdfa.md).
 */
public final class PdfWriter {
  /** The information dictionary's {@code /Producer}, and the XMP's {@code pdf:Producer}. */
  static final String PRODUCER = "kehoach";

  private PdfWriter() {}

  /** A plain PDF of {@code document}: it claims no conformance to PDF/A. */
  public static void write(XhtmlDocument document, OutputStream out) throws IOException {
    write(document, PageLayout.pages(document), out);
  }

  /**
   * A plain PDF of {@code document} laid out as {@code pages} ({@link PageLayout#layOut}): {@code
   * render} lays the pages out once for the PDF and the DOCX.
   */
  public static void write(XhtmlDocument document, List<Page> pages, OutputStream out)
      throws IOException {
    Typeface typeface = Typeface.bundled();
    write(document, pages, typeface::font, Optional.empty(), false, out);
  }

  /**
   * A plain PDF of {@code document} with an empty signature field on each of its pages' signature
   * areas ({@link SignatureFields}), for the signer's and the agency's signing tools to fill.
   */
  public static void writeWithSignatureFields(XhtmlDocument document, OutputStream out)
      throws IOException {
    writeWithSignatureFields(document, PageLayout.pages(document), out);
  }

  /**
   * As {@link #writeWithSignatureFields(XhtmlDocument, OutputStream)}, laid out as {@code pages}.
   */
  public static void writeWithSignatureFields(
      XhtmlDocument document, List<Page> pages, OutputStream out) throws IOException {
    Typeface typeface = Typeface.bundled();
    write(document, pages, typeface::font, Optional.empty(), true, out);
  }

  /**
   * {@code document}, laid out as {@code pages}, as PDF/A-2b (ISO 19005-2, level B): the fonts
   * embedded (as in every kehoach PDF), an sRGB output intent, no encryption, and XMP metadata that
   * says what the information dictionary says, both from {@code info}.
   */
  public static void writeArchival(
      XhtmlDocument document, List<Page> pages, ArchiveInfo info, OutputStream out)
      throws IOException {
    writeArchival(document, pages, info, false, out);
  }

  /**
   * As {@link #writeArchival(XhtmlDocument, List, ArchiveInfo, OutputStream)}, with an empty
   * signature field on each signature area when {@code signatureFields} ({@link SignatureFields}).
   */
  public static void writeArchival(
      XhtmlDocument document,
      List<Page> pages,
      ArchiveInfo info,
      boolean signatureFields,
      OutputStream out)
      throws IOException {
    write(document, pages, ArchivalFonts::font, Optional.of(info), signatureFields, out);
  }

  /**
   * Whether {@code pdf} claims PDF/A, as a file {@link #writeArchival} wrote does in its XMP (which
   * is never compressed, so its identification can be read as it is).
   */
  public static boolean claimsPdfA(byte[] pdf) {
    return new String(pdf, StandardCharsets.ISO_8859_1).contains(XmpPacket.PART);
  }

  private static void write(
      XhtmlDocument document,
      List<Page> pages,
      IntFunction<BaseFont> fonts,
      Optional<ArchiveInfo> archive,
      boolean signatureFields,
      OutputStream out)
      throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document doc = new Document();
    try {
      com.lowagie.text.pdf.PdfWriter writer = FontStreams.writer(doc, pdf);
      writer.setPdfVersion(com.lowagie.text.pdf.PdfWriter.VERSION_1_5);
      // zlib's fastest level, as for the fonts (FontStreams): since PageContent writes each line
      // once, level 6 made the pages' contents 3 % smaller (Ninh Thuận: 98.0 against 101.1 KB)
      // for a fifth of the PDF stage's time (docs/performance.md, issue 14)
      writer.setCompressionLevel(1);
      describe(doc, document, archive);
      Glyphs glyphs = new Glyphs(writer);
      boolean open = false;
      for (Page page : pages) {
        doc.setPageSize(new Rectangle((float) page.style().width(), (float) page.style().height()));
        if (!open) {
          doc.open();
          open = true;
        } else {
          doc.newPage();
        }
        PageContent.draw(page, writer.getDirectContent(), fonts, glyphs);
        if (signatureFields) {
          SignatureFields.add(writer, page);
        }
      }
      if (!open) {
        doc.open();
        writer.setPageEmpty(false);
      }
      Instant stamp = Reproducible.timestamp(document);
      stamp(writer, stamp.toEpochMilli());
      String options = document.meta("kehoach.options").strip();
      if (!options.isEmpty()) {
        writer.getInfo().put(OPTIONS, new PdfString(options));
      }
      if (archive.isPresent()) {
        OutputIntent.srgb(writer);
        writer.setXmpMetadata(
            XmpPacket.of(archive.get(), PRODUCER, stamp, Math.max(1, pages.size())));
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IOException("the PDF could not be written: " + e.getMessage(), e);
    }
    byte[] written = CrossReference.asciiDigits(pdf.toByteArray());
    out.write(PdfIdentity.derive(written, document.source()));
  }

  /**
   * The information dictionary's title, and for PDF/A its author, subject and keywords: each must
   * agree with the XMP, so both come from the same {@link ArchiveInfo}. A plain PDF has the
   * document's {@code <title>}, and its {@code <meta name="description">} as the subject when it
   * has one (an appendix's own file: what the PDF/A file of it says too).
   */
  private static void describe(
      Document doc, XhtmlDocument document, Optional<ArchiveInfo> archive) {
    if (archive.isEmpty()) {
      String title = title(document);
      if (!title.isEmpty()) {
        doc.addTitle(title);
      }
      addIfPresent(document.meta("description").strip().replaceAll("\\s+", " "), doc::addSubject);
      return;
    }
    ArchiveInfo info = archive.get();
    addIfPresent(info.title(), doc::addTitle);
    addIfPresent(info.author(), doc::addAuthor);
    addIfPresent(info.subject(), doc::addSubject);
    addIfPresent(XmpPacket.keywords(info), doc::addKeywords);
  }

  private static void addIfPresent(String value, Consumer<String> add) {
    if (!value.isEmpty()) {
      add.accept(value);
    }
  }

  private static String title(XhtmlDocument document) {
    return document.title();
  }

  /**
   * The information dictionary's entry for the document's {@code kehoach.options} meta line (how
   * the plan was issued, "issue=electronic"), when it has one: plain ASCII, read back by {@link
   * #optionsMark(byte[])} without parsing the PDF.
   */
  private static final PdfName OPTIONS = new PdfName("KehoachOptions");

  private static final Pattern OPTIONS_ENTRY =
      Pattern.compile("/KehoachOptions\\s*\\(([ -~&&[^()\\\\]]*)\\)");

  /** The {@code kehoach.options} {@code pdf} was written with, or empty. */
  public static String optionsMark(byte[] pdf) {
    Matcher m = OPTIONS_ENTRY.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : "";
  }

  /** Dates the PDF with the document's timestamp, in UTC, instead of the time it was made. */
  private static void stamp(com.lowagie.text.pdf.PdfWriter writer, long millis) {
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    utc.setTimeInMillis(millis);
    writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(utc));
    writer.getInfo().put(PdfName.MODDATE, new PdfDate(utc));
    writer.getInfo().put(PdfName.PRODUCER, new PdfString(PRODUCER));
  }
}
