package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kehoach.Kehoach;
import kehoach.excel.TableExport;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach export-table}: a plan's tables as sheets of an Excel workbook. */
@Command(
    name = "export-table",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Writes the tables of MODEL (or the one --table names) as sheets of an Excel workbook, laid"
          + " out as printed: the header row, STT as printed, merged cells merged, group rows"
          + " bold. A budget table is written as export-budget writes it, with live formulas."
          + " import-table brings a sheet back."
    })
final class ExportTableCommand implements Callable<Integer> {
  @Parameters(paramLabel = "MODEL", description = "The plan model.")
  Path model;

  @Option(
      names = "--table",
      paramLabel = "ID",
      description =
          "The table to export: its number among the plan's tables (from 1), its budget id or the"
              + " id of its appendix. Default: every table, one sheet each.")
  String table;

  @Mixin WorkbookOutput output;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      output.refuseInput(model);
      ComputedPlan plan = Kehoach.compute(model);
      byte[] book = TableExport.workbook(plan, Optional.ofNullable(table));
      output.write(book);
      out.println(output + ": written");
      return 0;
    } catch (PlanException e) {
      return Problems.report(e, err);
    } catch (IllegalArgumentException e) {
      err.println(model + ": " + e.getMessage());
      return Main.PROBLEMS;
    } catch (IOException e) {
      err.println(output + ": cannot be written: " + e.getMessage());
      return Main.PROBLEMS;
    }
  }
}
