package kehoach.model;

import java.util.Optional;
import kehoach.model.Block.Numbering;

/**
 * Số thứ tự (STT): the labels of the rows of one level of a table, given one row after another.
 * Data tables and budget tables number their rows with it, so both follow the same rules:
 *
 * <ul>
 *   <li>a row without {@code stt} takes the next number of the level's numbering (I, II; 1, 2;
 *       "-");
 *   <li>a row with its own {@code stt} prints it as written. When it is a number the level prints
 *       ({@code 9} in 1, 2, 3; {@code IX} in I, II; {@code 2.9} under 2 in 2.1, 2.2), the rows
 *       after it go on from it (10, X, 2.10); any other label ({@code 9a}, {@code *}) is a row put
 *       in between, and the count stays where it was;
 *   <li>a row with {@code stt: ""} has no number, as a row that continues the one above: the count
 *       stays where it was.
 * </ul>
 */
public final class RowNumbers {
  private final Numbering numbering;
  private final String parent;
  private int count;

  /** Numbers the rows under a row labelled {@code parent} ("" at the top), by {@code numbering}. */
  public RowNumbers(Numbering numbering, String parent) {
    this.numbering = numbering;
    this.parent = parent;
  }

  /** The label of the next row, whose own label is {@code stt} (empty: number it). */
  public String next(Optional<String> stt) {
    if (stt.isEmpty()) {
      count++;
      return numbering.label(count, parent);
    }
    numbering.countOf(stt.get(), parent).ifPresent(n -> count = n);
    return stt.get();
  }
}
