/**
 * Writes the intermediate XHTML document as PDF: Flying Saucer lays it out with the templates' CSS
 * (paged media: A4, margins, page numbers, landscape appendices) on OpenPDF, with subsets of the
 * bundled font embedded. Knows nothing of plans.
 */
package kehoach.pdf;
