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
    List<Page> pages = PageLayout.pages(document);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter.writeArchival(
        document, pages, info(Metadata.of(plan, pages.size()), document), signatureFields, out);
    return out.toByteArray();
  }

  /**
   * The PDF's description. Its subject is the document's own ({@code kehoach.subject}, "Kế hoạch
   * tổng thể …"), the one the DOCX's core properties carry, so that the two files agree too.
   */
  static ArchiveInfo info(Metadata metadata, XhtmlDocument document) {
    return new ArchiveInfo(
        metadata.subject(),
        metadata.organName(),
        document.meta("kehoach.subject").strip().replaceAll("\\s+", " "),
        metadata.keywords(),
        metadata.codeNumber().isEmpty() ? "" : metadata.codeNumber() + "/" + metadata.notation(),
        metadata.issuedDate(),
        metadata.language());
  }
}
