package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.batch.Job;
import kehoach.batch.Outcome;
import kehoach.model.PlanException;
import kehoach.render.MetadataFile;
import kehoach.render.Renderer;
import picocli.CommandLine.Option;

/** {@code --metadata}: the document's metadata beside a plan's outputs, for render and batch. */
final class MetadataOption {
  @Option(
      names = "--metadata",
      description =
          "Also write NAME.metadata.json beside the outputs: the fields an office system registers"
              + " for an outgoing document (NĐ 30, Phụ lục VI), see docs/metadata.md.")
  boolean wanted;

  /**
   * Writes the metadata of {@code model}, rendered into {@code folder}, when it is wanted.
   *
   * @return the file written
   */
  Optional<Path> write(Renderer renderer, Path model, Path folder)
      throws PlanException, IOException {
    if (!wanted) {
      return Optional.empty();
    }
    return Optional.of(
        MetadataFile.write(renderer, Kehoach.compute(model), Renderer.baseName(model), folder));
  }

  /**
   * Writes the metadata of every plan of a batch that was rendered, and of those up to date whose
   * metadata is missing; a plan that failed gets none.
   *
   * @param outcomes the outcomes of {@code jobs}, in their order
   * @return how many plans' metadata could not be written, each told on {@code err}
   */
  int write(Renderer renderer, List<Job> jobs, List<Outcome> outcomes, PrintWriter err) {
    if (!wanted) {
      return 0;
    }
    int unwritten = 0;
    for (int i = 0; i < jobs.size(); i++) {
      Job job = jobs.get(i);
      Outcome outcome = outcomes.get(i);
      boolean missing = !Files.exists(MetadataFile.target(job.name(), job.folder()));
      if (outcome.failed() || outcome.status().equals("skipped") && !missing) {
        continue;
      }
      try {
        MetadataFile.write(renderer, job.source().compute(), job.name(), job.folder());
      } catch (PlanException | IOException e) {
        err.println(job.input() + ": cannot write the metadata: " + e.getMessage());
        unwritten++;
      }
    }
    return unwritten;
  }
}
