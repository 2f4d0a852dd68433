package kehoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kehoach.diff.DiffResult;
import kehoach.diff.PlanDiff;
import kehoach.diff.TextReport;
import kehoach.files.Targets;
import kehoach.model.PlanException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach diff}: what changed between two versions of a plan. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Shows what changed between two versions of a plan, in the document's own terms: changed"
          + " paragraphs word by word under their printed numbers (II.2.a), paragraphs added,"
          + " removed and moved, and budget lines with their figures, subtotals, the total's"
          + " difference and the new total in words.",
      "OLD and NEW are plan models (.yaml, .json) or DOCX files, in any mix; a DOCX edited by hand"
          + " in Word is read as it is."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the versions are the same", "1:they differ", "2:an input has problems"})
final class DiffCommand implements Callable<Integer> {
  static final int DIFFERENT = 1;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
  Path oldVersion;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
  Path newVersion;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  String format;

  @Option(
      names = "--redline",
      paramLabel = "FILE",
      description =
          "Also write FILE: a DOCX of NEW, laid out as render lays it out, with every change from"
              + " OLD as a Word tracked change (author kehoach). NEW must be a plan model.")
  Path redline;

  @Mixin TemplatesOption templates;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.println("kehoach diff: unknown format \"" + format + "\"; the formats are text, json");
      return Main.PROBLEMS;
    }
    DiffResult result;
    try {
      refuseInputAsRedline();
      result = PlanDiff.compare(oldVersion, newVersion, templates.get());
      if (redline != null) {
        PlanDiff.redline(oldVersion, newVersion, redline, templates.get());
      }
    } catch (PlanException e) {
      return Problems.report(e, err);
    } catch (IOException e) {
      err.println(redline + ": cannot be written: " + e.getMessage());
      return Main.PROBLEMS;
    }
    if (format.equals("json")) {
      try {
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a diff result could not be written as JSON", e);
      }
    } else {
      out.print(TextReport.of(result));
    }
    out.flush();
    return result.same() ? 0 : DIFFERENT;
  }

  /** A redline written over OLD or NEW would destroy a version being compared. */
  private void refuseInputAsRedline() throws PlanException {
    if (redline != null) {
      Targets.check(
          List.of(Targets.Target.of(redline, "--redline " + redline)),
          List.of(oldVersion, newVersion));
    }
  }
}
