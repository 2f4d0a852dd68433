package kehoach.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The office's own templates, for every command that lays out a plan. */
final class TemplatesOption {
  @Option(
      names = {"-t", "--templates"},
      paramLabel = "DIR",
      description =
          "A folder of templates that take the place of the bundled ones of the same name (see"
              + " templates/README.md).")
  Path folder;

  Optional<Path> get() {
    return Optional.ofNullable(folder);
  }
}
