package kehoach.word;

import java.util.stream.Stream;

/** A block of a document's body: a paragraph or a table. */
public sealed interface Block permits WordParagraph, WordTable {
  /** This block's paragraphs in reading order: itself, or every cell's paragraphs row by row. */
  Stream<WordParagraph> paragraphs();
}
