/**
 * Writes the intermediate XHTML document as a real Word document, its parts written as text
 * straight into the package ({@link kehoach.docx.DocxPackage}): named paragraph styles made from
 * the document's stylesheet (so an office can restyle it in Word), real paragraphs and tables,
 * header rows that repeat, short rows that do not split, and a section per appendix with its own
 * page numbering and orientation. Where Word decides page flow itself, it takes what {@link
 * kehoach.pages.PageLayout} decided (tall rows, column widths, the odd forced break), so that Word
 * and the PDF break pages alike. Knows nothing of plans.
 */
package kehoach.docx;
