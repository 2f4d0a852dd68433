package kehoach.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;

/**
 * One plan to render.
 *
 * @param input how the report names it: a model's path, or "base.yaml, row 3"
 * @param folder where its files go
 * @param name its files' name, without extension
 * @param source where its plan comes from
 */
public record Job(String input, Path folder, String name, Source source) {

  /** Where a plan comes from. */
  public interface Source {
    ComputedPlan compute() throws PlanException;

    /** When its inputs last changed, to know whether its outputs are up to date. */
    Instant modified() throws IOException;
  }
}
