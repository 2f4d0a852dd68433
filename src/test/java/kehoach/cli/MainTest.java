package kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** The top command builds only the subcommand a run names, and every one when it must. */
class MainTest {
  @Test
  void eachSubcommandIsListedUnderItsOwnName() {
    for (Map.Entry<String, Class<?>> c : TopCommand.COMMANDS) {
      assertEquals(c.getKey(), c.getValue().getAnnotation(Command.class).name(), c.toString());
    }
  }

  @Test
  void theManualListsEverySubcommand() {
    CheckCommandTest.Result r = CheckCommandTest.run("--help");
    assertEquals(0, r.status(), r.err());
    for (Map.Entry<String, Class<?>> c : TopCommand.COMMANDS) {
      assertTrue(r.out().contains("\n  " + c.getKey() + " "), c.getKey() + " in\n" + r.out());
    }
  }

  @Test
  void aSubcommandsOwnHelpNamesItUnderKehoach() {
    CheckCommandTest.Result r = CheckCommandTest.run("render", "--help");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("Usage: kehoach render "), r.out());
    CheckCommandTest.Result help = CheckCommandTest.run("help", "diff");
    assertEquals(0, help.status(), help.err());
    assertTrue(help.out().startsWith("Usage: kehoach diff "), help.out());
  }

  @Test
  void aMisspeltSubcommandIsAnsweredWithTheNameNearIt() {
    CheckCommandTest.Result r = CheckCommandTest.run("chek", "plan.yaml");
    assertEquals(Main.PROBLEMS, r.status());
    assertTrue(r.err().contains("check"), r.err());
  }

  @Test
  void aNamedSubcommandConvertsFileNamesAsEveryOneDoes() {
    // the converter is registered after the subcommand is added; added later, it would be missed
    CheckCommandTest.Result r = CheckCommandTest.run("check", "plan\0.yaml");
    assertEquals(Main.PROBLEMS, r.status());
    assertTrue(r.err().contains("cannot be represented in the system's character set"), r.err());
  }

  /**
   * A class-data archive Java refused (made by another Java, or for the jar at another path) is
   * removed, for the launcher to make it again; one it mapped is kept.
   */
  @Test
  void anArchiveJavaRefusedIsRemoved(@TempDir Path dir) throws Exception {
    Path archive = Files.writeString(dir.resolve("kehoach-check.jsa"), "not an archive");
    assertEquals(0, version(archive, "-Xshare:auto"));
    assertTrue(Files.exists(archive), "kept when Java shares classes");
    assertEquals(0, version(archive, "-Xshare:off"));
    assertFalse(Files.exists(archive), "removed when it does not");
  }

  /** {@code kehoach --version} in a new JVM told that {@code archive} was given to it. */
  private static int version(Path archive, String share) throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                share,
                "-D" + Main.ARCHIVE + "=" + archive,
                "-cp",
                System.getProperty("java.class.path"),
                "kehoach.cli.Main",
                "--version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
    return p.exitValue();
  }
}
