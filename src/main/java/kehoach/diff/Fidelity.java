package kehoach.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.model.PlanException;

/**
 * How much of one version a second one reproduces: the share of the first's paragraphs and table
 * cells found, in order, in the second, as {@code import} is measured (a Word plan against the plan
 * rendered from its imported model).
 *
 * <p>Units are compared by their text, as {@link PlanDiff} compares them: each paragraph, and each
 * cell of a row. The longest common subsequence of the two lists pairs them; between two paired
 * units, a unit also counts as found when it is several consecutive units of the other version
 * joined (a title typed as two paragraphs printed as one with a line break; a header or signature
 * table's cell read as its paragraphs), since the text reads the same.
 */
public final class Fidelity {
  private static final int MOST_JOINED = 40;

  private Fidelity() {}

  /**
   * The share of {@code original}'s units, from 0 to 1, found in order in {@code copy}; each a DOCX
   * or a plan model.
   */
  public static double of(Path original, Path copy) throws PlanException {
    return of(Versions.read(original, Optional.empty()), Versions.read(copy, Optional.empty()));
  }

  /** The share of {@code original}'s units found in order in {@code copy}. */
  public static double of(List<Unit> original, List<Unit> copy) {
    List<String> a = pieces(original);
    List<String> b = pieces(copy);
    return a.isEmpty() ? 1 : (double) found(a, b) / a.size();
  }

  /** The units of {@code original} that {@code copy} lacks, in order: what to look at first. */
  public static List<String> missing(Path original, Path copy) throws PlanException {
    List<String> a = pieces(Versions.read(original, Optional.empty()));
    List<String> b = pieces(Versions.read(copy, Optional.empty()));
    List<String> out = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(a, b, true).getDeltas()) {
      if (d.getType() != DeltaType.EQUAL) {
        List<String> src = d.getSource().getLines();
        boolean[] matched = joined(src, d.getTarget().getLines());
        for (int i = 0; i < src.size(); i++) {
          if (!matched[i]) {
            out.add(src.get(i));
          }
        }
      }
    }
    return out;
  }

  /** Paragraphs as they are; rows as their cells with text. */
  private static List<String> pieces(List<Unit> units) {
    List<String> out = new ArrayList<>();
    for (Unit u : units) {
      if (u.isRow()) {
        u.cells().stream().filter(c -> !c.isBlank()).forEach(out::add);
      } else {
        out.add(u.text());
      }
    }
    return out;
  }

  private static int found(List<String> a, List<String> b) {
    int found = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b, true).getDeltas()) {
      if (d.getType() == DeltaType.EQUAL) {
        found += d.getSource().size();
      } else {
        for (boolean m : joined(d.getSource().getLines(), d.getTarget().getLines())) {
          found += m ? 1 : 0;
        }
      }
    }
    return found;
  }

  /**
   * Which of {@code src} are found in {@code dst}, a stretch between two paired units: one unit as
   * several of the other joined in order, or several as one. The two columns of a header or
   * signature table have no order between them, so a cell may take units after those the other cell
   * took.
   */
  private static boolean[] joined(List<String> src, List<String> dst) {
    boolean[] matched = new boolean[src.size()];
    boolean[] used = new boolean[dst.size()];
    int i = 0;
    while (i < src.size()) {
      if (oneAsMany(src.get(i), dst, used)) {
        matched[i++] = true;
        continue;
      }
      int end = manyAsOne(src, i, dst, used);
      if (end > i) {
        for (int k = i; k < end; k++) {
          matched[k] = true;
        }
        i = end;
        continue;
      }
      i++;
    }
    return matched;
  }

  /**
   * The text without its spaces: a cell's paragraphs read joined without one (as Apache POI gives a
   * cell's text) or with one (as a line break prints).
   */
  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }

  /**
   * Whether {@code s} reads, spaces aside, as unused units of {@code dst} joined in order (or one);
   * marks them used if so.
   */
  private static boolean oneAsMany(String s, List<String> dst, boolean[] used) {
    String rest = squeezed(s);
    List<Integer> taken = new ArrayList<>();
    for (int k = 0; k < dst.size() && !rest.isEmpty() && taken.size() < MOST_JOINED; k++) {
      String unit = squeezed(dst.get(k));
      if (!used[k] && !unit.isEmpty() && rest.startsWith(unit)) {
        taken.add(k);
        rest = rest.substring(unit.length());
      }
    }
    if (!rest.isEmpty() || taken.isEmpty()) {
      return false;
    }
    taken.forEach(k -> used[k] = true);
    return true;
  }

  /**
   * The end of src[i..end) when those units joined read as one unused unit of {@code dst} (marked
   * used), else {@code i}.
   */
  private static int manyAsOne(List<String> src, int i, List<String> dst, boolean[] used) {
    for (int t = 0; t < dst.size(); t++) {
      if (used[t]) {
        continue;
      }
      String target = squeezed(dst.get(t));
      StringBuilder joined = new StringBuilder(squeezed(src.get(i)));
      for (int end = i + 1; end <= Math.min(src.size(), i + MOST_JOINED); end++) {
        if (end > i + 1 && joined.toString().equals(target)) {
          used[t] = true;
          return end;
        }
        if (end == src.size() || joined.length() >= target.length()) {
          break;
        }
        joined.append(squeezed(src.get(end)));
      }
    }
    return i;
  }
}
