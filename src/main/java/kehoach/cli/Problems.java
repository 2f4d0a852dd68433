package kehoach.cli;

import java.io.PrintWriter;
import kehoach.model.PlanException;

/** Prints a model's problems the same way for every command. */
final class Problems {
  private Problems() {}

  /**
   * One line per problem, as far as {@link PlanException#SHOWN}, then a count; returns the exit
   * status for problems.
   */
  static int report(PlanException e, PrintWriter err) {
    e.report().forEach(err::println);
    err.flush();
    return Main.PROBLEMS;
  }
}
