package kehoach.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing the page breaker places: a line of a paragraph, a rule, a row of a table, or the start
 * of a new page sequence. Each knows its height, the space above it (dropped at the top of a page,
 * as word processors drop it), and whether a page may end just before it; keeping a heading with
 * what follows, widows and orphans, and keeping the signature with the text before it are all said
 * that way.
 */
sealed interface Item {
  double height();

  double spaceBefore();

  /** Whether a page may end just before this item. */
  boolean breakBefore();

  Item with(double spaceBefore, boolean breakBefore);

  /**
   * Anything drawn at a fixed place relative to the item's top left corner; {@code source} is the
   * paragraph a line belongs to (null for other blocks).
   */
  record Block(
      List<Mark> marks, double height, double spaceBefore, boolean breakBefore, Object source)
      implements Item {
    public Block {
      marks = List.copyOf(marks);
    }

    Block(List<Mark> marks, double height, double spaceBefore, boolean breakBefore) {
      this(marks, height, spaceBefore, breakBefore, null);
    }

    @Override
    public Item with(double spaceBefore, boolean breakBefore) {
      return new Block(marks, height, spaceBefore, breakBefore, source);
    }
  }

  /**
   * The paragraph Word needs after a table that ends a section, a twip high. Word processors do not
   * keep it with the table, so when it would not fit under the table, the page must break before
   * the paragraph the table is kept with, in both formats ({@link Layouts#breaksBefore}).
   */
  record SectionEnd(double height) implements Item {
    @Override
    public double spaceBefore() {
      return 0;
    }

    @Override
    public boolean breakBefore() {
      return false;
    }

    @Override
    public Item with(double spaceBefore, boolean breakBefore) {
      return this;
    }
  }

  /**
   * A row of a bordered table, or a band of a tall row that may continue on the next page. Where a
   * page cuts a row, the cut edge gets a border line too ({@code cutTop}, {@code cutBottom}). The
   * bands of one row share {@code row}; {@code columns} are the cells' left edges, so that a page
   * can give the text of a row's bands cell by cell, in reading order. A tall row's cells are
   * centred as styled when the whole row falls on one page ({@code whole}, on its first band, of
   * {@code bands}), and set from the top where it is cut, as word processors do. A band the row
   * continues after needs {@code cutRoom} below it for the cells' bottom padding, should the page
   * end there.
   */
  record Row(
      Grid grid,
      Object row,
      List<Double> columns,
      List<Mark> marks,
      List<Mark> cutTop,
      List<Mark> cutBottom,
      double height,
      double spaceBefore,
      boolean breakBefore,
      boolean header,
      List<Mark> whole,
      int bands,
      double cutRoom)
      implements Item {
    public Row {
      marks = List.copyOf(marks);
      whole = List.copyOf(whole);
    }

    /** The first band of a tall row, with the whole row's marks for a page that holds it all. */
    Row withWhole(List<Mark> whole, int bands) {
      return new Row(
          grid,
          row,
          columns,
          marks,
          cutTop,
          cutBottom,
          height,
          spaceBefore,
          breakBefore,
          header,
          whole,
          bands,
          cutRoom);
    }

    @Override
    public Item with(double spaceBefore, boolean breakBefore) {
      return new Row(
          grid,
          row,
          columns,
          marks,
          cutTop,
          cutBottom,
          height,
          spaceBefore,
          breakBefore,
          header,
          whole,
          bands,
          cutRoom);
    }
  }

  /** A new page sequence: an appendix on its own pages, numbered from 1 again when it says so. */
  record PageStart(String page, boolean restart) implements Item {
    @Override
    public double height() {
      return 0;
    }

    @Override
    public double spaceBefore() {
      return 0;
    }

    @Override
    public boolean breakBefore() {
      return true;
    }

    @Override
    public Item with(double spaceBefore, boolean breakBefore) {
      return this;
    }
  }

  /** A bordered table, whose header rows are repeated at the top of each page it continues on. */
  final class Grid {
    final List<Row> header = new ArrayList<>();
  }
}
