package kehoach.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfAppearance;
import com.lowagie.text.pdf.PdfFormField;
import kehoach.pages.Mark;
import kehoach.pages.Page;

/**
 * Empty signature fields (trường chữ ký) on a page's clear areas, for an electronic plan: a signing
 * tool that signs "into a field" finds the signer's place (ô 7c, named {@code ChuKyNguoiKy}) and
 * the agency's (ô 8, {@code ChuKyCoQuan}) by name instead of asking where to put the image.
 *
 * <p>Each is an AcroForm field of type {@code /Sig} with no value, merged with its widget; the
 * widget is printed ({@code /F 4}, as PDF/A requires of every annotation) and has an empty normal
 * appearance stream ({@code /AP /N}), which PDF/A-2 requires of a widget and which keeps the page
 * looking as it was until the field is signed. No {@code /SigFlags}: the document is not signed
 * yet.
 */
final class SignatureFields {
  private SignatureFields() {}

  /** A field on each of {@code page}'s areas; {@code writer} is on that page. */
  static void add(com.lowagie.text.pdf.PdfWriter writer, Page page) {
    double height = page.style().height();
    for (Mark.Area a : page.areas()) {
      float left = (float) a.x();
      float top = (float) (height - a.y());
      float bottom = (float) (height - a.y() - a.height());
      PdfFormField field = PdfFormField.createSignature(writer);
      field.setFieldName(a.name());
      field.setWidget(
          new Rectangle(left, bottom, (float) (a.x() + a.width()), top),
          PdfAnnotation.HIGHLIGHT_NONE);
      field.setFlags(PdfAnnotation.FLAGS_PRINT);
      field.setPage();
      PdfAppearance empty =
          PdfAppearance.createAppearance(writer, (float) a.width(), (float) a.height());
      field.setAppearance(PdfAnnotation.APPEARANCE_NORMAL, empty);
      writer.addAnnotation(field);
    }
  }
}
