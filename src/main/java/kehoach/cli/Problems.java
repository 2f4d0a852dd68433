package kehoach.cli;

import java.io.PrintWriter;
import kehoach.model.PlanException;
import kehoach.model.Problem;

/** Prints a model's problems the same way for every command. */
final class Problems {
  private Problems() {}

  /** One line per problem, then a count; returns the exit status for problems. */
  static int report(PlanException e, PrintWriter err) {
    for (Problem p : e.problems()) {
      err.println(p);
    }
    int n = e.problems().size();
    err.println(n == 1 ? "1 problem found." : n + " problems found.");
    err.flush();
    return Main.PROBLEMS;
  }
}
