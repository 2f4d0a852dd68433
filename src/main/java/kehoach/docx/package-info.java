/**
 * Writes the intermediate XHTML document as a real Word document with docx4j: a named paragraph
 * style for each part of the decree's layout (so an office can restyle it), real paragraphs and
 * tables, header rows that repeat, rows that do not split, and a section per appendix with its own
 * page numbering and orientation. Knows nothing of plans.
 */
package kehoach.docx;
