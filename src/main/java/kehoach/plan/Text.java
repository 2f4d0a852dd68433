package kehoach.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Printed text as runs of plain, bold and italic characters. A "\n" in a run is a line break the
 * author wrote.
 *
 * @param runs the runs in order; adjacent runs differ in style
 */
public record Text(List<Run> runs) {
  public static final Text EMPTY = new Text(List.of());

  public Text {
    runs = List.copyOf(runs);
  }

  /** A run of characters in one style. */
  public record Run(String text, boolean bold, boolean italic) {}

  public static Text plain(String text) {
    return text.isEmpty() ? EMPTY : new Text(List.of(new Run(text, false, false)));
  }

  public static Text bold(String text) {
    return text.isEmpty() ? EMPTY : new Text(List.of(new Run(text, true, false)));
  }

  /** The characters without styles. */
  public String plain() {
    return runs.stream().map(Run::text).collect(Collectors.joining());
  }

  public boolean isEmpty() {
    return runs.isEmpty();
  }

  /** This text followed by {@code other}. */
  public Text append(Text other) {
    List<Run> all = new ArrayList<>(runs);
    all.addAll(other.runs);
    return new Text(all);
  }

  /** This text with every run made bold too. */
  public Text emboldened() {
    return new Text(runs.stream().map(r -> new Run(r.text(), true, r.italic())).toList());
  }

  @Override
  public String toString() {
    return plain();
  }
}
