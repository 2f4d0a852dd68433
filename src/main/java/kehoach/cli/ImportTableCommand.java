package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kehoach.Kehoach;
import kehoach.excel.TableImport;
import kehoach.files.Replacement;
import kehoach.model.PlanException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach import-table}: a sheet or CSV file back into one table of a plan model. */
@Command(
    name = "import-table",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reads SHEET (an .xlsx workbook as export-table writes it or as an office made it, or a CSV"
          + " file) into one table of the model, replacing only that table's rows: the rest of"
          + " the model file stays as it was. Columns are found by their headers (STT, Nội dung,"
          + " Nhiệm vụ, Đơn vị chủ trì, Phối hợp, Thời gian thực hiện, Sản phẩm, Ghi chú…), a row"
          + " numbered I, II… is a group, and merged regions become merged cells.",
      "A cell that holds an error value such as #DIV/0! or a formula saved without its value is"
          + " reported by its sheet and cell, and nothing is imported (exit status 2). A column"
          + " the table does not have is reported and left out (exit status 1). The model is then"
          + " checked, and its problems reported.",
      "MODEL may be YAML (block or flow rows) or JSON; a JSON model stays JSON."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:imported",
      "1:imported, but something was left out or the model now has problems",
      "2:nothing imported: the sheet, a cell or the model could not be read"
    })
final class ImportTableCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SHEET", description = "The workbook (.xlsx) or CSV file.")
  Path sheet;

  @Option(
      names = "--into",
      paramLabel = "MODEL",
      required = true,
      description = "The plan model to update.")
  Path model;

  @Option(
      names = "--table",
      paramLabel = "ID",
      description =
          "The table to replace: its number among the plan's tables (from 1), its budget id or the"
              + " id of its appendix. Default: the table the sheet is named after, or the plan's"
              + " only data table.")
  String table;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TableImport.Result result;
    try {
      result = TableImport.into(model, sheet, Optional.ofNullable(table));
    } catch (PlanException e) {
      return Problems.report(e, err);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println("kehoach import-table: nothing imported; " + model + " is unchanged");
      return Main.PROBLEMS;
    } catch (IOException e) {
      err.println(sheet + ": cannot be read: " + e.getMessage());
      return Main.PROBLEMS;
    }
    try {
      Replacement.editInPlace(model, result.yaml().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println(model + ": cannot be written: " + e.getMessage());
      return Main.PROBLEMS;
    }
    result.unread().forEach(err::println);
    out.println(model + ": imported " + result.table());
    try {
      Kehoach.compute(model);
    } catch (PlanException e) {
      err.println("The model now has problems to fix:");
      Problems.report(e, err);
      return 1;
    }
    return result.unread().isEmpty() ? 0 : 1;
  }
}
