/**
 * Writes the intermediate document as PDF: draws the pages {@link kehoach.pages.PageLayout} lays
 * out with OpenPDF, each piece of text once and in reading order, with subsets of the bundled font
 * embedded. Knows nothing of plans, nor of layout.
 */
package kehoach.pdf;
