package kehoach.word;

import java.util.List;
import java.util.stream.Stream;

/**
 * A table: its rows of cells with merged cells as spans, as a reader sees the grid.
 *
 * @param index its index among the body's tables, from 0
 * @param rows the rows in order
 * @param columns the grid's column count (w:tblGrid)
 * @param layout whether it is a borderless layout table (no visible borders on its cells), as the
 *     header, Nơi nhận and signature blocks are
 * @param widthsMm the grid columns' widths in millimetres
 */
public record WordTable(
    int index, List<Row> rows, int columns, boolean layout, List<Double> widthsMm)
    implements Block {

  @Override
  public Stream<WordParagraph> paragraphs() {
    return rows.stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.paragraphs().stream());
  }

  /**
   * A row.
   *
   * @param cells the cells that START in this row, left to right; a cell merged down from above
   *     (w:vMerge continue) is not repeated here
   * @param header whether Word repeats it as a header row (w:tblHeader)
   * @param cantSplit whether Word keeps the row on one page (w:cantSplit)
   */
  public record Row(List<Cell> cells, boolean header, boolean cantSplit) {}

  /**
   * A cell of the grid.
   *
   * @param column the grid column it starts in, from 0 (w:gridBefore counted)
   * @param colSpan how many grid columns it covers (w:gridSpan)
   * @param rowSpan how many rows it covers (w:vMerge restart and the continues below it)
   * @param paragraphs its paragraphs
   */
  public record Cell(int column, int colSpan, int rowSpan, List<WordParagraph> paragraphs) {
    /** The cell's text: its paragraphs' texts joined by a space. */
    public String text() {
      return String.join(
              " ", paragraphs.stream().map(WordParagraph::text).filter(t -> !t.isEmpty()).toList())
          .strip();
    }

    /** Whether every visible run of every paragraph is bold. */
    public boolean bold() {
      var visible = paragraphs.stream().filter(p -> !p.text().isEmpty()).toList();
      return !visible.isEmpty() && visible.stream().allMatch(WordParagraph::bold);
    }
  }
}
