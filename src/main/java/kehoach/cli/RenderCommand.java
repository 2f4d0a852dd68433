package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import kehoach.Kehoach;
import kehoach.files.Targets;
import kehoach.model.PlanException;
import kehoach.render.Format;
import kehoach.render.RenderOptions;
import kehoach.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kehoach render}: writes plans as DOCX, PDF and text. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Renders plan models to DOCX and PDF laid out as NĐ 30/2020/NĐ-CP says, and optionally to"
          + " plain text. Each output is named after its model: samples/x.yaml gives OUT/x.docx.",
      "A model with problems gets one message per problem and exit status 2; no file is written"
          + " for it, and no file is ever left half-written. A plan's files are replaced together"
          + " or not at all.",
      "Nothing is written if two models would write the same file (give them different folders)"
          + " or if an output is one of the models."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every model was rendered", "2:a model or a template has problems"})
final class RenderCommand implements Callable<Integer> {
  @Mixin ModelFiles models;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Folder to write into (default: ${DEFAULT-VALUE}); made if missing.")
  Path output;

  @Mixin FormatsOption formats;

  @Mixin TemplatesOption templates;

  @Mixin PdfAOption pdfA;

  @Mixin IssueOption issue;

  @Mixin MetadataOption metadata;

  @Mixin AppendicesOption appendices;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!issue.valid(err, "render")) {
      return Main.PROBLEMS;
    }
    Optional<Set<Format>> wanted = formats.get(err, "render");
    if (wanted.isEmpty()) {
      return Main.PROBLEMS;
    }
    Set<Format> chosen = wanted.get();
    Renderer renderer;
    try {
      renderer =
          new Renderer(templates.get(), appendices.applyTo(issue.applyTo(pdfA.options())))
              .withMetadata(metadata.wanted);
    } catch (PlanException e) {
      return Problems.report(e, err);
    }
    try {
      Targets.check(targets(renderer, chosen), models.paths);
    } catch (PlanException e) {
      return Problems.report(e, err);
    }
    int status = 0;
    for (Path model : models.paths) {
      try {
        for (Path written : renderer.render(model, chosen, output, warning(err, model))) {
          out.println(written);
        }
      } catch (PlanException e) {
        status = Problems.report(e, err);
      } catch (IOException e) {
        err.println(model + ": cannot write the output: " + e.getMessage());
        status = Main.PROBLEMS;
      }
    }
    out.flush();
    return status;
  }

  /** Tells {@code err} what {@code model} states that this run does not print. */
  private static java.util.function.Consumer<String> warning(PrintWriter err, Path model) {
    return note -> err.println("kehoach: warning: " + model + ": " + note);
  }

  /** Every file this run would write, to be checked before any is. */
  private List<Targets.Target> targets(Renderer renderer, Set<Format> chosen) {
    List<Targets.Target> targets = new ArrayList<>();
    for (Path model : models.paths) {
      for (Path t : targets(renderer, model, chosen)) {
        targets.add(Targets.Target.of(t, model.toString()));
      }
    }
    return targets;
  }

  /**
   * The files {@code model} would write. Appendices in files of their own are named after the
   * plan's appendices, so the plan is computed to know them; one with problems is told when it is
   * rendered.
   */
  private List<Path> targets(Renderer renderer, Path model, Set<Format> chosen) {
    String name = Renderer.baseName(model);
    if (renderer.options().appendices() == RenderOptions.Appendices.SEPARATE) {
      try {
        return renderer.targets(Kehoach.compute(model), name, chosen, output);
      } catch (PlanException e) {
        // its problems are reported when it is rendered, and it writes nothing
      }
    }
    return renderer.ownTargets(name, chosen, output);
  }
}
