package kehoach.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kehoach.docx.Revisions;
import kehoach.docx.Revisions.Segment;

/**
 * The tracked changes that turn an old version into a new one, unit by unit of the new version.
 * Texts are compared exactly, numbers included, so that rejecting every change gives back the old
 * text and accepting every change the new.
 */
final class Redline implements Revisions {
  private final Kind[] kinds;
  private final Map<Integer, List<Segment>> changes = new HashMap<>();
  private final Map<Integer, List<List<Segment>>> cellChanges = new HashMap<>();
  private final Map<Integer, List<Deleted>> deleted = new HashMap<>();
  private final String date;

  private Redline(int units, String date) {
    this.kinds = new Kind[units];
    java.util.Arrays.fill(kinds, Kind.SAME);
    this.date = date;
  }

  static Redline between(List<Unit> before, List<Unit> after, String date) {
    Redline r = new Redline(after.size(), date);
    List<AbstractDelta<String>> deltas =
        DiffUtils.diff(keys(before), keys(after), true).getDeltas();
    for (AbstractDelta<String> d : deltas) {
      if (d.getType() == DeltaType.EQUAL) {
        continue;
      }
      int from = d.getSource().getPosition();
      int to = d.getTarget().getPosition();
      int removed = d.getSource().size();
      int added = d.getTarget().size();
      int paired = 0;
      while (d.getType() == DeltaType.CHANGE
          && paired < Math.min(removed, added)
          && before.get(from + paired).isRow() == after.get(to + paired).isRow()) {
        r.change(before.get(from + paired), after.get(to + paired), to + paired);
        paired++;
      }
      for (int i = paired; i < removed; i++) {
        Unit o = before.get(from + i);
        r.deleted
            .computeIfAbsent(to + paired, k -> new ArrayList<>())
            .add(new Deleted(o.isRow(), o.text(), o.cells()));
      }
      for (int i = paired; i < added; i++) {
        r.kinds[to + i] = Kind.INSERTED;
      }
    }
    return r;
  }

  private void change(Unit o, Unit n, int index) {
    kinds[index] = Kind.CHANGED;
    if (!n.isRow()) {
      changes.put(index, segments(o.text(), n.text()));
      return;
    }
    List<List<Segment>> cells = new ArrayList<>();
    for (int c = 0; c < n.cells().size(); c++) {
      String old = c < o.cells().size() ? o.cells().get(c) : "";
      if (c == n.cells().size() - 1 && o.cells().size() > n.cells().size()) {
        old = String.join(" ", o.cells().subList(c, o.cells().size()));
      }
      cells.add(segments(old, n.cells().get(c)));
    }
    cellChanges.put(index, cells);
  }

  /** The words of {@code before} and {@code after} as kept, deleted and inserted pieces. */
  static List<Segment> segments(String before, String after) {
    List<Segment> out = new ArrayList<>();
    if (before.equals(after)) {
      out.add(new Segment(Segment.Kind.KEPT, after));
      return out;
    }
    for (AbstractDelta<String> d :
        DiffUtils.diff(Words.split(before), Words.split(after), true).getDeltas()) {
      String removed = String.join("", d.getSource().getLines());
      String added = String.join("", d.getTarget().getLines());
      if (d.getType() == DeltaType.EQUAL) {
        out.add(new Segment(Segment.Kind.KEPT, added));
        continue;
      }
      if (!removed.isEmpty()) {
        out.add(new Segment(Segment.Kind.DELETED, removed));
      }
      if (!added.isEmpty()) {
        out.add(new Segment(Segment.Kind.INSERTED, added));
      }
    }
    return out;
  }

  private static List<String> keys(List<Unit> units) {
    return units.stream().map(u -> (u.isRow() ? "row\u0000" : "") + u.text()).toList();
  }

  @Override
  public Kind kind(int unit) {
    return unit < kinds.length ? kinds[unit] : Kind.SAME;
  }

  @Override
  public List<Segment> changes(int unit) {
    return changes.getOrDefault(unit, List.of());
  }

  @Override
  public List<List<Segment>> cellChanges(int unit) {
    return cellChanges.getOrDefault(unit, List.of());
  }

  @Override
  public List<Deleted> deletedBefore(int unit) {
    return deleted.getOrDefault(unit, List.of());
  }

  @Override
  public String author() {
    return "kehoach";
  }

  @Override
  public String date() {
    return date;
  }
}
