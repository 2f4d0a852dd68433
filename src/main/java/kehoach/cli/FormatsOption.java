package kehoach.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kehoach.render.Format;
import picocli.CommandLine.Option;

/** The formats to write, for every command that renders. */
final class FormatsOption {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "docx,pdf",
      description =
          "Formats to write, comma-separated: docx, pdf, txt (default: ${DEFAULT-VALUE}).")
  List<String> names;

  /** The formats chosen, or empty after saying which name is unknown. */
  Optional<Set<Format>> get(java.io.PrintWriter err, String command) {
    Set<Format> chosen = EnumSet.noneOf(Format.class);
    for (String f : names) {
      try {
        chosen.add(Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        err.println(
            "kehoach "
                + command
                + ": unknown format \""
                + f
                + "\"; the formats are docx, pdf, txt");
        return Optional.empty();
      }
    }
    return Optional.of(chosen);
  }
}
