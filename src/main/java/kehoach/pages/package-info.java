/**
 * Lays the intermediate document out in pages: paragraphs broken into lines with the bundled font's
 * metrics, tables with repeated header rows and rows that continue when tall, and page breaks that
 * honour the stylesheet's keeps, widows and orphans. The result is a list of pages of positioned
 * text and lines, which the PDF writer draws; the DOCX writer asks it what it decided about tables
 * and breaks, so that Word lays the document out the same way.
 *
 * <p>Reads the document and its stylesheet; knows nothing of plans, and nothing of PDF or Word
 * beyond the metrics of the font.
 */
package kehoach.pages;
