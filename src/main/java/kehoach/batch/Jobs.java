package kehoach.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kehoach.Kehoach;
import kehoach.load.Variants;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import kehoach.render.Renderer;

/** Finds the plan models in files and folders. */
public final class Jobs {
  private Jobs() {}

  /** Whether {@code file} is named like a plan model. */
  public static boolean isModel(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  /**
   * A job for each model: each file named, and each model in each folder named, found recursively
   * in name order. A folder's models keep their sub-folders under {@code out}.
   *
   * @param missing receives the inputs that do not exist
   */
  public static List<Job> find(List<Path> inputs, Path out, List<Path> missing) throws IOException {
    List<Job> jobs = new ArrayList<>();
    Path outAbsolute = out.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> files = Files.walk(input)) {
          for (Path f :
              files
                  .filter(Files::isRegularFile)
                  .filter(Jobs::isModel)
                  .filter(f -> !f.toAbsolutePath().normalize().startsWith(outAbsolute))
                  .sorted()
                  .toList()) {
            Path relative = input.relativize(f.getParent());
            jobs.add(fileJob(f, out.resolve(relative.toString())));
          }
        }
      } else if (Files.isRegularFile(input)) {
        jobs.add(fileJob(input, out));
      } else {
        missing.add(input);
      }
    }
    return jobs;
  }

  /** A job for each row of {@code table} applied to {@code base}. */
  public static List<Job> variants(Path base, Path table, Path out) throws PlanException {
    VariantTable rows = VariantTable.read(table);
    rows.checkFileNames();
    Variants variants = new Variants(base, table.toString());
    List<Job> jobs = new ArrayList<>();
    for (VariantTable.Row row : rows.rows()) {
      String file = rows.fileName(row);
      String name = file.isEmpty() ? Renderer.baseName(base) + "-" + row.number() : file;
      String input = table + ", row " + row.number();
      jobs.add(
          new Job(
              input,
              rows.fileCell(row).orElse(Location.ofFile(input)),
              out,
              name,
              List.of(base, table),
              new Job.Source() {
                @Override
                public ComputedPlan compute() throws PlanException {
                  return Kehoach.compute(variants.plan(rows.cells(row)));
                }

                @Override
                public Instant modified() throws IOException {
                  Instant a = Batch.modified(base);
                  Instant b = Batch.modified(table);
                  return a.isAfter(b) ? a : b;
                }
              }));
    }
    return jobs;
  }

  private static Job fileJob(Path model, Path folder) {
    return new Job(
        model.toString(),
        Location.ofFile(model.toString()),
        folder,
        Renderer.baseName(model),
        List.of(model),
        new Job.Source() {
          @Override
          public ComputedPlan compute() throws PlanException {
            return Kehoach.compute(model);
          }

          @Override
          public Instant modified() throws IOException {
            return Batch.modified(model);
          }
        });
  }
}
