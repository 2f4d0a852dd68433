package kehoach.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The only exception a user should ever see: the input is wrong, and each {@link Problem} says
 * where and how. Anything else that escapes is a bug.
 */
public class PlanException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * How many problems are printed: a model with thousands of problems (a wrong file, a table pasted
   * at the wrong indentation) is fixed from its first ones, and a hundred fill a screen or a report
   * cell already; the rest are counted.
   */
  public static final int SHOWN = 100;

  private final transient List<Problem> problems;

  public PlanException(List<Problem> problems) {
    super(lines(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a PlanException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public PlanException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  /**
   * The problems as printed: one line for each of the first {@link #SHOWN}, then how many more
   * there are, then the count: "3 problems found.".
   */
  public List<String> report() {
    List<String> out = new ArrayList<>(List.of(lines(problems).split("\n")));
    int n = problems.size();
    out.add(n == 1 ? "1 problem found." : n + " problems found.");
    return out;
  }

  /** The first {@link #SHOWN} problems, a line each, and how many more there are. */
  private static String lines(List<Problem> problems) {
    String shown =
        problems.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("\n"));
    int more = problems.size() - SHOWN;
    return more <= 0 ? shown : shown + "\n… and " + more + " more problems, not shown";
  }
}
