/**
 * A Word plan read as its reader meets it: the page set-up, the body's paragraphs and tables in
 * order, each paragraph's text with its effective formatting (Word's style chain resolved: document
 * defaults, paragraph style, run style, direct formatting), tables with merged cells as spans, and
 * what Word keeps beside the paragraphs' text: chú thích (footnotes, endnotes) and text boxes, each
 * with the paragraph it belongs to. {@code lint} checks this against NĐ 30 and the plan's own
 * arithmetic; {@code import} turns it into a plan model. Nothing here knows the decree: it only
 * reads.
 */
package kehoach.word;
