/**
 * Writes the intermediate document as PDF: draws the pages {@link kehoach.pages.PageLayout} lays
 * out with OpenPDF, each piece of text once and in reading order, with subsets of the bundled font
 * embedded; as a plain PDF, or as PDF/A-2b ({@link kehoach.pdf.PdfWriter#writeArchival}) with an
 * sRGB output intent and XMP metadata from an {@link kehoach.pdf.ArchiveInfo} the caller fills.
 * Knows nothing of plans, nor of layout.
 */
package kehoach.pdf;
