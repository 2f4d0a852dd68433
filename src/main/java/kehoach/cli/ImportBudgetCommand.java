package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kehoach.Kehoach;
import kehoach.excel.BudgetImport;
import kehoach.files.Replacement;
import kehoach.model.PlanException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach import-budget}: budget sheets back into a plan model. */
@Command(
    name = "import-budget",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reads the budget sheets of WORKBOOK (as export-budget writes them, or made by hand with"
          + " the table's columns in the same order) into the budget tables of the model they are"
          + " named after, replacing only those tables' rows: the rest of the model file stays as"
          + " it was. Amounts are computed again from quantity and unit price.",
      "A figure that is not a number, an error value such as #DIV/0! or a formula saved"
          + " without its value is reported by its sheet and cell, and nothing is imported (exit"
          + " status 2). A sheet no budget table is named after is reported and left out (exit"
          + " status 1). The model is then checked, and its problems reported.",
      "MODEL may be YAML (block or flow rows) or JSON; a JSON model stays JSON."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:imported",
      "1:imported, but a sheet was left out or the model now has problems",
      "2:nothing imported: the workbook, a figure or the model could not be read"
    })
final class ImportBudgetCommand implements Callable<Integer> {
  @Parameters(paramLabel = "WORKBOOK", description = "The Excel workbook (.xlsx).")
  Path workbook;

  @Option(
      names = "--into",
      paramLabel = "MODEL",
      required = true,
      description = "The plan model to update.")
  Path model;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BudgetImport.Result result;
    try {
      result = BudgetImport.into(model, workbook);
    } catch (PlanException e) {
      return Problems.report(e, err);
    } catch (IOException e) {
      err.println(workbook + ": cannot be read: " + e.getMessage());
      return Main.PROBLEMS;
    }
    if (result.tables().isEmpty()) {
      result.unread().forEach(err::println);
      err.println("kehoach import-budget: no budget table imported; " + model + " is unchanged");
      return Main.PROBLEMS;
    }
    try {
      Replacement.editInPlace(model, result.yaml().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println(model + ": cannot be written: " + e.getMessage());
      return Main.PROBLEMS;
    }
    result.unread().forEach(err::println);
    out.println(model + ": imported " + String.join(", ", result.tables()));
    try {
      Kehoach.compute(model);
    } catch (PlanException e) {
      err.println("The model now has problems to fix (a total typed in its text, say):");
      Problems.report(e, err);
      return 1;
    }
    return result.unread().isEmpty() ? 0 : 1;
  }
}
