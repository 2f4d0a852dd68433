package kehoach.word;

/**
 * A chú thích: a footnote (word/footnotes.xml) or an endnote (word/endnotes.xml), with the place of
 * its reference mark. Word keeps the note's text apart from the paragraph that cites it, so a
 * reader that walks the body alone would lose it.
 *
 * @param kind {@code footnote} or {@code endnote}
 * @param id the note's id in its part (w:id)
 * @param paragraph the number of the body paragraph whose mark cites it (as {@link
 *     WordParagraph#number()}), or 0 when the mark is outside the body's numbered paragraphs
 * @param offset how many characters of that paragraph's text come before the mark
 * @param text the note's text, its paragraphs joined by a space; "" when the part lacks the note
 */
public record WordNote(String kind, String id, int paragraph, int offset, String text) {}
