package kehoach.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The plan models a command works on, declared once for every command. */
final class ModelFiles {
  @Parameters(
      paramLabel = "MODEL",
      arity = "1..*",
      description = "Plan model files (.yaml, .yml or .json).")
  List<Path> paths;
}
