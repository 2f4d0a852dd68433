package kehoach.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The only exception a user should ever see: the input is wrong, and each {@link Problem} says
 * where and how. Anything else that escapes is a bug.
 */
public class PlanException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public PlanException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
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
}
