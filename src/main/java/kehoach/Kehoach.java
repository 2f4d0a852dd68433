package kehoach;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kehoach.document.GlyphCheck;
import kehoach.load.PlanLoader;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Planner;

/** The public entry point for Java callers. */
public final class Kehoach {
  private Kehoach() {}

  /**
   * Loads, checks and computes the plan model in {@code file} (YAML, or JSON by its extension).
   *
   * @throws PlanException with every problem found, each with its file, line, column and field
   */
  public static ComputedPlan compute(Path file) throws PlanException {
    return compute(PlanLoader.load(file));
  }

  /** As {@link #compute(Path)}, for a model held in memory and named {@code name} in messages. */
  public static ComputedPlan compute(String name, String text) throws PlanException {
    return compute(PlanLoader.load(name, text));
  }

  /**
   * Computes a loaded plan, and checks that the bundled font can print its every text: a character
   * it lacks is reported here, at the field that holds it, and with the plan's own problems.
   */
  public static ComputedPlan compute(PlanLoader.Loaded loaded) throws PlanException {
    List<Problem> problems = new ArrayList<>();
    try {
      GlyphCheck.check(loaded.texts(), loaded.sources());
    } catch (PlanException e) {
      problems.addAll(e.problems());
    }
    try {
      ComputedPlan plan = Planner.compute(loaded.plan(), loaded.sources());
      if (problems.isEmpty()) {
        return plan;
      }
    } catch (PlanException e) {
      problems.addAll(e.problems());
    }
    throw new PlanException(problems);
  }

  /** The version of kehoach, as built. */
  public static String version() {
    String v = Kehoach.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
