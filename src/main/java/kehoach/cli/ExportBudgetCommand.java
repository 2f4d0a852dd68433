package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kehoach.Kehoach;
import kehoach.excel.BudgetExport;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach export-budget}: budget tables as an Excel workbook with live formulas. */
@Command(
    name = "export-budget",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Writes every budget table of MODEL as a sheet of an Excel workbook, laid out like the"
          + " appendix, with live formulas: amount = quantity × unit price (rounded as kehoach"
          + " rounds), each group the SUM of its lines, the grand total the SUM of the groups. An"
          + " accountant can keep working in it; import-budget brings it back."
    })
final class ExportBudgetCommand implements Callable<Integer> {
  @Parameters(paramLabel = "MODEL", description = "The plan model.")
  Path model;

  @Mixin WorkbookOutput output;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      output.refuseInput(model);
      ComputedPlan plan = Kehoach.compute(model);
      if (plan.budgets().isEmpty()) {
        err.println(model + ": the plan has no budget table to export");
        return Main.PROBLEMS;
      }
      output.write(BudgetExport.workbook(plan));
      out.println(output + ": " + String.join(", ", plan.budgets().keySet()));
      return 0;
    } catch (PlanException e) {
      return Problems.report(e, err);
    } catch (IOException e) {
      err.println(output + ": cannot be written: " + e.getMessage());
      return Main.PROBLEMS;
    }
  }
}
