package kehoach.word;

import java.util.List;

/**
 * A text box (w:txbxContent, in a DrawingML shape or a VML one): paragraphs that float over the
 * page, anchored in a paragraph of the body. Drafts carry their "DỰ THẢO" stamp in one. When Word
 * saves both a DrawingML shape and its VML fallback (mc:AlternateContent), the box is read once.
 *
 * @param paragraph the number of the body paragraph it is anchored in (as {@link
 *     WordParagraph#number()}), or 0 outside the body's numbered paragraphs
 * @param paragraphs the box's paragraphs, numbered 0: they are not among the body's
 */
public record TextBox(int paragraph, List<WordParagraph> paragraphs) {
  public TextBox {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The box's text: its non-empty paragraphs' texts joined by a space. */
  public String text() {
    return String.join(
        " ", paragraphs.stream().map(WordParagraph::text).filter(t -> !t.isEmpty()).toList());
  }
}
