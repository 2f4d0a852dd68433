package kehoach.word;

import java.nio.file.Path;
import java.util.List;

/**
 * A Word document as read: its sections' page set-up, its body blocks in order, and the paragraphs
 * of its page headers and footers.
 *
 * @param file the file read, as the user named it
 * @param sections each section's page set-up, in order (a document has at least one)
 * @param body paragraphs and tables of the body in document order; a borderless two-column layout
 *     table (header, Nơi nhận and signature) is a {@link WordTable} too, with {@code layout} true
 * @param headers the page headers' paragraphs, each with the kind of page it is for
 * @param footers the page footers' paragraphs, each with the kind of page it is for
 * @param notes the chú thích (footnotes and endnotes) the body cites, in the order of their marks
 * @param textBoxes the text boxes anchored in the body's paragraphs, in reading order
 */
public record WordDocument(
    Path file,
    List<PageSetup> sections,
    List<Block> body,
    List<HeaderFooter> headers,
    List<HeaderFooter> footers,
    List<WordNote> notes,
    List<TextBox> textBoxes) {

  public WordDocument {
    notes = List.copyOf(notes);
    textBoxes = List.copyOf(textBoxes);
  }

  /** The body's paragraphs, those inside table cells included, in reading order. */
  public List<WordParagraph> allParagraphs() {
    return body.stream().flatMap(Block::paragraphs).toList();
  }
}
