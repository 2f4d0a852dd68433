package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kehoach.files.Replacement;
import kehoach.files.Targets;
import kehoach.model.PlanException;
import kehoach.wordimport.WordImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach import}: a Word plan into a plan model. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Turns FILE, a plan made in Word (.docx), into a plan model (YAML): the issuer, number and"
          + " date from the header (blanks stay blank), the trích yếu, căn cứ, the sections with"
          + " their levels taken from their numbers (which kehoach prints again), paragraphs and"
          + " bullets with bold and italic, tables with their merged cells and groups, budget"
          + " tables with their figures as stated (so that check reports the original's mistakes),"
          + " Nơi nhận, the signature and the appendices.",
      "Anything that fits no field of the model is kept as a paragraph of the nearest section and"
          + " reported as a warning on standard error; nothing is dropped.",
      "Writes the model to standard output, or whole to -o FILE (replaced if it exists, never the"
          + " input)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:imported (warnings, if any, on standard error)",
      "2:nothing imported: the file could not be read or the output written"
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The Word plan (.docx).")
  Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The model to write (YAML); default: standard output.")
  Path output;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WordImport.Imported imported;
    try {
      if (output != null) {
        Targets.check(List.of(Targets.Target.of(output, input.toString())), List.of(input));
      }
      imported = WordImport.read(input);
    } catch (PlanException e) {
      return Problems.report(e, err);
    }
    for (String warning : imported.warnings()) {
      err.println(input + ": warning: " + warning);
    }
    err.flush();
    if (output == null) {
      out.print(imported.yaml());
      out.flush();
      return 0;
    }
    try {
      Replacement.write(output, imported.yaml().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println(output + ": cannot write the model: " + e.getMessage());
      return Main.PROBLEMS;
    }
    out.println(output);
    out.flush();
    return 0;
  }
}
