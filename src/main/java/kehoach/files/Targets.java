package kehoach.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;

/**
 * The files a run will write, checked before any is written: no two share a name (one would
 * silently replace the other), and none is one of the run's inputs (which it would destroy). Inputs
 * are compared by identity, not by name, so that {@code ./m.yaml}, {@code sub/../m.yaml}, a link to
 * it and a hard link are all the same file.
 */
public final class Targets {
  private Targets() {}

  /**
   * A file a run will write.
   *
   * @param file the file
   * @param from where it comes from, for messages: the model, or a variants table's cell
   * @param field the field that names it there, or empty
   */
  public record Target(Path file, Location from, String field) {
    /** The file whatever its spelling: the key two targets are compared by. */
    Path key() {
      return file.toAbsolutePath().normalize();
    }

    /** A target named after a whole input file. */
    public static Target of(Path file, String input) {
      return new Target(file, Location.ofFile(input), "");
    }
  }

  /**
   * Throws a problem for each target another one shares a name with, and each that is one of {@code
   * inputs}.
   */
  public static void check(List<Target> targets, Collection<Path> inputs) throws PlanException {
    List<Problem> problems = new ArrayList<>();
    Map<Path, Target> seen = new LinkedHashMap<>();
    Set<String> clashing = new HashSet<>();
    for (Target t : targets) {
      Target first = seen.putIfAbsent(t.key(), t);
      // one message for two plans that clash, not one for each of their formats
      if (first != null && clashing.add(first.from() + "\n" + t.from())) {
        problems.add(
            new Problem(
                t.from(),
                t.field(),
                "would write "
                    + t.file()
                    + ", as "
                    + first.from()
                    + " would; two outputs of one run never share a name: give them different"
                    + " names or folders"));
      }
    }
    for (Target t : seen.values()) {
      for (Path input : inputs) {
        if (same(t.key(), input)) {
          problems.add(
              new Problem(
                  t.from(),
                  t.field(),
                  "its output "
                      + t.file()
                      + " is the input "
                      + input
                      + "; kehoach never writes over its inputs: choose another output"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
  }

  /** Whether {@code a} and {@code b} are one file; a file that does not exist is none. */
  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
