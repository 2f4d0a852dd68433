package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kehoach.batch.Batch;
import kehoach.batch.Job;
import kehoach.batch.Jobs;
import kehoach.batch.Outcome;
import kehoach.batch.Progress;
import kehoach.batch.Report;
import kehoach.files.Targets;
import kehoach.model.PlanException;
import kehoach.render.Format;
import kehoach.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach batch}: many plans at once. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Renders every plan model found in the INPUTs (files, and folders searched recursively) into"
          + " OUT, in parallel. A plan with problems is reported and the others are rendered all"
          + " the same. OUT/report.csv lists each input with its status, error, outputs, their"
          + " SHA-256, page count and grand total.",
      "Plans whose outputs are newer than their model (and templates) are skipped; --force"
          + " renders them again. No half-written file is left in OUT, even if the batch is"
          + " killed; kehoach's temporary files are named .kehoach-*.part, and only those a"
          + " killed run left are removed.",
      "Nothing is written if two plans would write the same file (two models of one name, two"
          + " rows with the same \"file\") or if an output is one of the inputs."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every plan was rendered (or up to date)",
      "1:some plans failed",
      "2:nothing could run"
    })
final class BatchCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "Plan models and folders of them.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      required = true,
      description = "Folder to write into; made if missing.")
  Path output;

  @Mixin FormatsOption formats;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Plans rendered at once, 1 or more (default: the number of cores).")
  Integer jobs;

  @Option(names = "--force", description = "Render even the plans whose outputs are up to date.")
  boolean force;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress; only failures and the summary.")
  boolean quiet;

  @Option(names = "--report-json", description = "Also write OUT/report.json.")
  boolean reportJson;

  @Option(
      names = "--variants",
      paramLabel = "TABLE",
      description =
          "Render one plan per row of TABLE (.xlsx or .csv) from the single INPUT, a base model:"
              + " each column header is a field path (issuer.name, appendices.budget.rows[2].quantity"
              + " …), each cell its value for that row; the column headed \"file\" names the"
              + " row's output files.")
  Path variants;

  @Mixin TemplatesOption templates;

  @Mixin PdfAOption pdfA;

  @Mixin IssueOption issue;

  @Mixin MetadataOption metadata;

  @Mixin AppendicesOption appendices;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (jobs != null && jobs < 1) {
      err.println(
          "kehoach batch: -j takes the number of plans rendered at once, 1 or more; not " + jobs);
      return Main.PROBLEMS;
    }
    if (!issue.valid(err, "batch")) {
      return Main.PROBLEMS;
    }
    Optional<Set<Format>> wanted = formats.get(err, "batch");
    if (wanted.isEmpty()) {
      return Main.PROBLEMS;
    }
    Set<Format> chosen = wanted.get();
    Renderer renderer;
    List<Job> found;
    List<Path> missing = new ArrayList<>();
    Batch batch;
    try {
      renderer =
          new Renderer(templates.get(), appendices.applyTo(issue.applyTo(pdfA.options())))
              .withMetadata(metadata.wanted);
      if (variants != null) {
        if (inputs.size() != 1 || !Files.isRegularFile(inputs.get(0))) {
          err.println("kehoach batch: --variants takes one INPUT, the base model");
          return Main.PROBLEMS;
        }
        found = Jobs.variants(inputs.get(0), variants, output);
      } else {
        found = Jobs.find(inputs, output, missing);
      }
      batch = new Batch(renderer, chosen, output, templatesChanged(), force);
      Targets.check(batch.targets(found, Report.files(reportJson)), inputs(found));
      Files.createDirectories(output);
    } catch (PlanException e) {
      return Problems.report(e, err);
    } catch (IOException e) {
      err.println("kehoach batch: " + e.getMessage());
      return Main.PROBLEMS;
    }
    missing.forEach(m -> err.println(m + ": no such file or folder"));
    if (found.isEmpty()) {
      err.println("kehoach batch: no plan models (.yaml, .yml, .json) found; nothing to do");
      return Main.PROBLEMS;
    }
    Progress progress =
        quiet
            ? Progress.NONE
            : System.console() != null ? BatchProgress.forTerminal() : BatchProgress.lines(err);
    int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    List<Outcome> outcomes;
    try {
      outcomes = batch.run(found, threads, progress);
      Report.write(output, outcomes, reportJson);
    } catch (IOException e) {
      err.println("kehoach batch: cannot write the report: " + e.getMessage());
      return Main.PROBLEMS;
    }
    long failed = outcomes.stream().filter(Outcome::failed).count();
    long skipped = outcomes.stream().filter(o -> o.status().equals("skipped")).count();
    if (quiet || System.console() != null) {
      for (Outcome o : outcomes) {
        if (o.failed()) {
          err.println(o.input() + ":");
          o.error().lines().forEach(l -> err.println("    " + l));
        }
      }
    }
    out.printf(
        "%d rendered, %d up to date, %d failed; report: %s%n",
        outcomes.size() - failed - skipped, skipped, failed, output.resolve("report.csv"));
    out.flush();
    err.flush();
    return failed + missing.size() == 0 ? 0 : 1;
  }

  /** Every file the batch reads, which it must never write. */
  private List<Path> inputs(List<Job> found) {
    Set<Path> all = new LinkedHashSet<>(inputs);
    if (variants != null) {
      all.add(variants);
    }
    found.forEach(j -> all.addAll(j.reads()));
    return List.copyOf(all);
  }

  private Instant templatesChanged() throws IOException {
    if (templates.get().isEmpty()) {
      return Instant.EPOCH;
    }
    try (Stream<Path> files = Files.walk(templates.get().get())) {
      return files
          .filter(Files::isRegularFile)
          .map(
              p -> {
                try {
                  return Files.getLastModifiedTime(p).toInstant();
                } catch (IOException e) {
                  return Instant.now();
                }
              })
          .max(Instant::compareTo)
          .orElse(Instant.EPOCH);
    }
  }
}
