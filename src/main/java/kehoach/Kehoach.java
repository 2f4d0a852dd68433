package kehoach;

import java.nio.file.Path;
import kehoach.load.PlanLoader;
import kehoach.model.PlanException;
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
    PlanLoader.Loaded loaded = PlanLoader.load(file);
    return Planner.compute(loaded.plan(), loaded.sources());
  }

  /** As {@link #compute(Path)}, for a model held in memory and named {@code name} in messages. */
  public static ComputedPlan compute(String name, String text) throws PlanException {
    PlanLoader.Loaded loaded = PlanLoader.load(name, text);
    return Planner.compute(loaded.plan(), loaded.sources());
  }

  /** The version of kehoach, as built. */
  public static String version() {
    String v = Kehoach.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
