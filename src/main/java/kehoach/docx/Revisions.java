package kehoach.docx;

import java.util.List;

/**
 * Tracked changes to write into a DOCX: how each unit of the document (each non-empty paragraph and
 * each data-table row, counted in document order from 0) differs from an earlier version, and what
 * that version had that this one does not.
 */
public interface Revisions {
  /** How a unit differs from the earlier version. */
  enum Kind {
    SAME,
    INSERTED,
    CHANGED
  }

  /** A paragraph or row of the earlier version that is gone. */
  record Deleted(boolean row, String text, List<String> cells) {
    public Deleted {
      cells = List.copyOf(cells);
    }
  }

  Kind kind(int unit);

  /** A piece of a changed text: kept, deleted or inserted. */
  record Segment(Kind kind, String text) {
    /** What happened to a piece. */
    public enum Kind {
      KEPT,
      DELETED,
      INSERTED
    }
  }

  /** A changed paragraph's text as kept, deleted and inserted pieces. */
  List<Segment> changes(int unit);

  /** A changed row's cells, each as pieces. */
  List<List<Segment>> cellChanges(int unit);

  /**
   * What the earlier version had just before {@code unit}; {@code unit} may be one past the end.
   */
  List<Deleted> deletedBefore(int unit);

  /** The author of the changes, as Word shows it. */
  String author();

  /** When the changes were made, ISO 8601. */
  String date();

  /** No changes: an ordinary document. */
  Revisions NONE =
      new Revisions() {
        @Override
        public Kind kind(int unit) {
          return Kind.SAME;
        }

        @Override
        public List<Segment> changes(int unit) {
          return List.of();
        }

        @Override
        public List<List<Segment>> cellChanges(int unit) {
          return List.of();
        }

        @Override
        public List<Deleted> deletedBefore(int unit) {
          return List.of();
        }

        @Override
        public String author() {
          return "kehoach";
        }

        @Override
        public String date() {
          return "";
        }
      };
}
