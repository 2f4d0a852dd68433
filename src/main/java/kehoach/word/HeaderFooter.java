package kehoach.word;

import java.util.List;

/**
 * A page header or footer of one section.
 *
 * @param section the section's index, from 0
 * @param kind {@code default}, {@code first} or {@code even}, as {@code w:headerReference} says
 * @param paragraphs its paragraphs
 * @param pageNumber whether it holds a PAGE field (simple or complex)
 * @param pageNumberAlign the alignment of the paragraph holding the PAGE field ({@code left},
 *     {@code center}, {@code right}, {@code both}), or "" when there is none
 * @param pageNumberSizePt the size in points the PAGE field prints in (its result's run, with the
 *     paragraph's style and the document defaults resolved), or 0 when there is none
 */
public record HeaderFooter(
    int section,
    String kind,
    List<WordParagraph> paragraphs,
    boolean pageNumber,
    String pageNumberAlign,
    double pageNumberSizePt) {}
