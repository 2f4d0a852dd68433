package kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import kehoach.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A plain {@code check} is read without picocli ({@link Check#plain}), and answers exactly as
 * picocli's reading of the same command line does.
 */
class CheckTest {
  private static final String NT = "samples/ninh-thuan-2024.yaml";
  private static final String TN = "samples/tay-ninh-2024.yaml";

  record Result(int status, String out, String err) {}

  private static Result run(boolean plain, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), plain);
    return new Result(status, out.toString(), err.toString());
  }

  @Test
  void aPlainCheckAnswersAsPicocliDoes(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Models.minimal().replace("quantity: 2", "quantity: -2"));
    Path good = dir.resolve("good.yaml");
    Files.writeString(good, Models.minimal());
    Path office = Files.createDirectories(dir.resolve("office"));
    Files.writeString(office.resolve("body.ftlx"), "<p>${plan.nothing}</p>");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    String b = bad.toString();
    String g = good.toString();
    List<String[]> plain =
        List.of(
            new String[] {"check", NT},
            new String[] {"check", "-q", NT},
            new String[] {"check", NT, TN, "--quiet"},
            new String[] {"check", g, b, NT},
            new String[] {"check", b},
            new String[] {"check", dir.resolve("missing.yaml").toString()},
            new String[] {"check", "--templates=" + empty, g},
            new String[] {"check", "-t", empty.toString(), "-q", g},
            new String[] {"check", "--templates", office.toString(), g},
            new String[] {"check", "-t", g, g});
    for (String[] args : plain) {
      assertTrue(Check.plain(args).isPresent(), String.join(" ", args));
      assertEquals(run(false, args), run(true, args), String.join(" ", args));
    }
    List<String[]> picocli =
        List.of(
            new String[] {"check"},
            new String[] {"check", "-q"},
            new String[] {"check", "-q", "-q", g},
            new String[] {"check", "--quiet=true", g},
            new String[] {"check", "-t"},
            new String[] {"check", g, "-t", "-q"},
            new String[] {"check", "-t", empty.toString(), "--templates", empty.toString(), g},
            new String[] {"check", "--", g},
            new String[] {"check", "@" + g},
            new String[] {"check", ""},
            new String[] {"check", "plan\0.yaml"},
            new String[] {"check", "--help"},
            new String[] {"check", "-x", g},
            new String[] {"render", g});
    for (String[] args : picocli) {
      assertFalse(Check.plain(args).isPresent(), String.join(" ", args));
    }
    // picocli's own settings change how it reads: -Dpicocli.trimQuotes=true takes the quotes off
    System.setProperty("picocli.trimQuotes", "true");
    try {
      String[] quoted = {"check", "\"" + NT + "\""};
      assertFalse(Check.plain(quoted).isPresent());
      assertEquals(0, run(true, quoted).status());
    } finally {
      System.clearProperty("picocli.trimQuotes");
    }
  }

  /** When check gains an option, {@link Check#plain} must learn it, or leave it to picocli. */
  @Test
  void plainKnowsEveryOptionOfCheck() {
    CommandLine.Model.CommandSpec spec = new CommandLine(new CheckCommand()).getCommandSpec();
    Set<String> names = new TreeSet<>();
    spec.options().forEach(o -> names.addAll(List.of(o.names())));
    assertEquals(
        new TreeSet<>(
            Set.of("-q", "--quiet", "-t", "--templates", "-h", "--help", "-V", "--version")),
        names,
        "Check.plain reads -q, --quiet, -t and --templates, and leaves the help options to picocli");
    assertEquals(1, spec.positionalParameters().size());
    assertEquals("1..*", spec.positionalParameters().get(0).arity().toString());
  }

  /**
   * A check of a plan the bundled templates certainly lay out without a refusal loads neither
   * FreeMarker nor the XML parser (kehoach.layout.BundledLayout); with an office's templates it
   * lays the plan out.
   */
  @Test
  void aPlainCheckOfASampleLoadsNoLayout(@TempDir Path dir) throws Exception {
    List<String> plain = loaded(dir, "check", "-q", NT);
    assertTrue(plain.contains("kehoach.layout.BundledLayout"));
    assertTrue(plain.stream().noneMatch(c -> c.startsWith("freemarker.")));
    assertTrue(plain.stream().noneMatch(c -> c.startsWith("javax.xml.parsers.")));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    List<String> office = loaded(dir, "check", "-q", "--templates", templates + "", NT);
    assertTrue(office.stream().anyMatch(c -> c.startsWith("freemarker.")));
    assertTrue(office.stream().anyMatch(c -> c.startsWith("javax.xml.parsers.")));
  }

  /** The point of the plain reading: a cold check loads no class of picocli's. */
  @Test
  void aPlainCheckLoadsNoPicocliClass(@TempDir Path dir) throws Exception {
    assertTrue(loaded(dir, "check", "-q", NT).stream().noneMatch(c -> c.startsWith("picocli.")));
    assertTrue(loaded(dir, "check", "--help").stream().anyMatch(c -> c.startsWith("picocli.")));
  }

  /**
   * The templates read the plan's records without {@code java.beans}, and their components from
   * their fields, not through the class Java writes for each method called often by reflection
   * (kehoach.layout.RecordWrapper): with FreeMarker's own wrapper, a third of a cold check's
   * template run, and 24 such classes; now 3 (Text.isEmpty, Optional.isPresent and get).
   */
  @Test
  void aCheckReadsThePlanWithoutJavaBeans(@TempDir Path dir) throws Exception {
    // an office's templates, which a check always lays the plan out with
    Path templates = Files.createDirectories(dir.resolve("templates"));
    List<String> classes = loaded(dir, "check", "-q", "--templates", templates + "", NT);
    assertTrue(classes.contains("kehoach.layout.RecordWrapper"));
    assertFalse(classes.contains("java.beans.Introspector"));
    long accessors = classes.stream().filter(c -> c.contains("GeneratedMethodAccessor")).count();
    assertTrue(accessors <= 5, accessors + " method accessors written");
  }

  private static List<String> loaded(Path dir, String... args) throws Exception {
    Path log = dir.resolve("classes.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xlog:class+load=info:file=" + log);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("kehoach.cli.Main");
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(dir.resolve("stderr").toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("stderr")));
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      // [0.012s][info][class,load] java.lang.Object source: shared objects file
      int at = line.indexOf("] ", line.indexOf("[class,load]"));
      if (at >= 0) {
        classes.add(line.substring(at + 2).split(" ")[0]);
      }
    }
    assertTrue(classes.contains("kehoach.cli.Check"), "no class load logged");
    return classes;
  }
}
