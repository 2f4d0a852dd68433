package kehoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kehoach.files.Targets;
import kehoach.model.PlanException;
import kehoach.render.Renderer;
import picocli.CommandLine.Option;

/** The workbook a command writes (export-budget, export-table), written whole or not at all. */
final class WorkbookOutput {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The workbook to write (.xlsx).")
  Path file;

  /** Refuses a workbook that is the model itself, before anything is made. */
  void refuseInput(Path model) throws PlanException {
    Targets.check(List.of(Targets.Target.of(file, model.toString())), List.of(model));
  }

  /** Writes {@code book} to the file, making its folder; a bare file name is in this folder. */
  void write(byte[] book) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Renderer.writeWhole(target, book);
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
