package kehoach.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import kehoach.document.XhtmlDocument;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;
import kehoach.pdf.ArchiveInfo;
import kehoach.pdf.PdfWriter;
import kehoach.plan.ComputedPlan;

/**
 * The plan's PDF as PDF/A-2b, described by the plan's {@link Metadata}: the XMP and the information
 * dictionary say what the metadata JSON says (trích yếu as the title, the issuing agency as the
 * author, the number and date as printed, the page count).
 */
final class ArchivalPdf {
  private ArchivalPdf() {}

  static byte[] write(ComputedPlan plan, XhtmlDocument document) throws IOException {
    return write(plan, document, false);
  }

  /** As {@link #write(ComputedPlan, XhtmlDocument)}, with the empty signature fields or not. */
  static byte[] write(ComputedPlan plan, XhtmlDocument document, boolean signatureFields)
      throws IOException {
    return write(plan, document, PageLayout.pages(document), signatureFields);
  }

  /** As {@link #write(ComputedPlan, XhtmlDocument, boolean)}, laid out as {@code pages}. */
  static byte[] write(
      ComputedPlan plan, XhtmlDocument document, List<Page> pages, boolean signatureFields)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter.writeArchival(
        document, pages, info(Metadata.of(plan, pages.size()), document), signatureFields, out);
    return out.toByteArray();
  }

  /**
   * The PDF's description. Its title and subject are the document's own ({@code kehoach.title},
   * {@code kehoach.subject}: "Kế hoạch tổng thể …"), the ones the DOCX's core properties and the
   * plain PDF carry, so that the files agree too: the plan's trích yếu for the plan, and for an
   * appendix in a file of its own the appendix's title ("Phụ lục I Dự toán …") and what it is the
   * appendix of ("Phụ lục I kế hoạch …", with the plan's trích yếu).
   */
  static ArchiveInfo info(Metadata metadata, XhtmlDocument document) {
    String title = document.meta("kehoach.title").strip().replaceAll("\\s+", " ");
    return new ArchiveInfo(
        title.isEmpty() ? metadata.subject() : title,
        metadata.organName(),
        document.meta("kehoach.subject").strip().replaceAll("\\s+", " "),
        metadata.keywords(),
        metadata.codeNumber().isEmpty() ? "" : metadata.codeNumber() + "/" + metadata.notation(),
        metadata.issuedDate(),
        metadata.language());
  }
}
