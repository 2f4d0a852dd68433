package kehoach.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;

/**
 * One plan to render.
 *
 * @param input how the report names it: a model's path, or "base.yaml, row 3"
 * @param origin where its files' name comes from, for messages: the model, or the variants table's
 *     cell
 * @param folder where its files go
 * @param name its files' name, without extension
 * @param reads the files it reads, which it must never write: its model, or the base and the table
 * @param source where its plan comes from
 */
public record Job(
    String input, Location origin, Path folder, String name, List<Path> reads, Source source) {
  public Job {
    reads = List.copyOf(reads);
  }

  /** Where a plan comes from. */
  public interface Source {
    ComputedPlan compute() throws PlanException;

    /** When its inputs last changed, to know whether its outputs are up to date. */
    Instant modified() throws IOException;
  }
}
