package kehoach.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kehoach.model.Block.Span;

/**
 * Ô gộp: where the merged cells of one level of a table reach, given one row after another, by
 * HTML's rules. A cell reaches {@code span} columns to its right and {@code rows} rows down; the
 * positions it covers hold no cell of their own. The loader reads a model's rows with it to report
 * a cell written where a merged cell already is, and the plan to print each cell once; so both
 * follow the same rules:
 *
 * <ul>
 *   <li>a cell reaches right no further than the last column, nor into a position a cell above
 *       already covers;
 *   <li>a cell reaches down only over the item rows that follow it in its level: a group row, or
 *       the end of the table or of the group, ends it.
 * </ul>
 *
 * @param <T> what the caller knows a cell by, to say what covers a position
 */
public final class CellSpans<T> {
  private final int columns;
  private final Object[] here;
  private final Object[] above;
  private final int[] below;

  /** The spans of a table of {@code columns} columns. */
  public CellSpans(int columns) {
    this.columns = columns;
    this.here = new Object[columns];
    this.above = new Object[columns];
    this.below = new int[columns];
  }

  /** Starts the next row: the positions that cells of the rows above still reach are covered. */
  public void nextRow() {
    for (int c = 0; c < columns; c++) {
      here[c] = below[c] > 0 ? above[c] : null;
      below[c] = Math.max(0, below[c] - 1);
    }
  }

  /** What covers column {@code c} of the current row: a cell above it or to its left. */
  @SuppressWarnings("unchecked")
  public Optional<T> cover(int c) {
    return Optional.ofNullable((T) here[c]);
  }

  /**
   * Starts a cell at column {@code c} of the current row, known as {@code cell}, and returns the
   * span it takes: the one {@code wanted}, cut short at the last column and before the first
   * position that a cell above covers.
   */
  public Span start(int c, Span wanted, T cell) {
    int width = 1;
    while (width < wanted.columns() && c + width < columns && here[c + width] == null) {
      width++;
    }
    for (int k = c; k < c + width; k++) {
      here[k] = cell;
      above[k] = cell;
      below[k] = wanted.rows() - 1;
    }
    return new Span(width, wanted.rows());
  }

  /**
   * Ends the level here, at a group row or at the end of the table or the group: the cells that
   * were to reach further down, each once, left to right. None reaches into the rows after.
   */
  @SuppressWarnings("unchecked")
  public List<T> end() {
    List<T> cut = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      if (below[c] > 0 && !cut.contains((T) above[c])) {
        cut.add((T) above[c]);
      }
    }
    Arrays.fill(below, 0);
    Arrays.fill(here, null);
    return cut;
  }
}
