package kehoach.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./kehoach} builds the jar when it is missing or older than anything it is built from, and
 * only then (with stand-ins for {@code mvn} and {@code java}).
 */
class LauncherTest {
  private static final List<String> BUILT_ONCE = List.of("kehoach: building");
  private static final FileTime BUILT = FileTime.from(Instant.parse("2026-01-02T00:00:00Z"));
  private static final FileTime BEFORE = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
  private static final FileTime AFTER = FileTime.from(Instant.parse("2026-01-03T00:00:00Z"));

  @Test
  void buildsWhenTheJarIsMissingOrOlderThanASource(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("kehoach"), dir.resolve("kehoach"));
    Files.createDirectories(dir.resolve("bin"));
    stub(dir.resolve("bin/mvn"), "mkdir -p target && : > target/kehoach.jar\n");
    stub(dir.resolve("bin/java"), "echo ran\n");
    for (String folder : List.of("src/main/java/kehoach/deep", "templates", "fonts", "samples")) {
      Files.createDirectories(dir.resolve(folder));
    }
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Files.writeString(dir.resolve("src/main/java/kehoach/deep/A.java"), "class A {}");
    Files.writeString(dir.resolve("templates/.hidden.ftlx"), "");
    Files.writeString(dir.resolve("samples/plan.yaml"), "");

    assertEquals(BUILT_ONCE, builds(dir), "no jar yet");
    assertEquals(List.of(), builds(dir), "the jar is newer than every source");
    Files.setLastModifiedTime(dir.resolve("src/main/java/kehoach/deep/A.java"), AFTER);
    assertEquals(BUILT_ONCE, builds(dir), "a changed source deep in src/main");
    Files.setLastModifiedTime(dir.resolve("templates/.hidden.ftlx"), AFTER);
    assertEquals(BUILT_ONCE, builds(dir), "a changed file whose name starts with a dot");
    Files.setLastModifiedTime(dir.resolve("samples"), AFTER);
    assertEquals(BUILT_ONCE, builds(dir), "a folder changed: a file removed from it");
    Files.setLastModifiedTime(dir.resolve("pom.xml"), AFTER);
    assertEquals(BUILT_ONCE, builds(dir), "the pom changed");
  }

  /**
   * However it is called (by its path from here, from another folder, by PATH, through bash), the
   * launcher runs its own jar, from the folder it was called in.
   */
  @Test
  void runsItsOwnJarHoweverItIsCalled(@TempDir Path dir) throws Exception {
    Path home = Files.createDirectories(dir.resolve("kehoach home"));
    Files.copy(Path.of("kehoach"), home.resolve("kehoach"));
    Files.createDirectories(home.resolve("target"));
    Files.writeString(home.resolve("target/kehoach.jar"), "");
    Files.createDirectories(dir.resolve("bin"));
    // the jar java was given, and where it ran
    stub(
        dir.resolve("bin/java"),
        "for a; do case \"$prev\" in -jar | -cp) echo \"$a\" ;; esac; prev=$a; done; pwd\n");
    Path jar = home.resolve("target/kehoach.jar").toRealPath();
    Path other = Files.createDirectories(dir.resolve("other"));
    for (String call :
        List.of(
            "cd \"$HOME_DIR\" && ./kehoach",
            "cd \"$HOME_DIR\" && bash kehoach",
            "cd \"$HOME_DIR/../other\" && \"../kehoach home/kehoach\"",
            "cd \"$HOME_DIR/../other\" && \"$HOME_DIR/kehoach\"",
            "cd \"$HOME_DIR/../other\" && PATH=\"$HOME_DIR:$PATH\" kehoach")) {
      Run r =
          ModelLimitsTest.bash(
              dir,
              "export HOME_DIR=\""
                  + home
                  + "\"\nexport PATH=\"$PWD/bin:$PATH\"\n"
                  + call
                  + " check x.yaml\n");
      assertEquals(0, r.status(), call + ": " + r.err());
      List<String> lines = List.of(r.out().strip().split("\n"));
      assertEquals(2, lines.size(), call + ": " + r.out());
      assertEquals(jar, Path.of(lines.get(0)).toRealPath(), call);
      Path ranIn = Path.of(lines.get(1)).toRealPath();
      assertEquals(call.contains("other") ? other.toRealPath() : home.toRealPath(), ranIn, call);
    }
  }

  /** Runs the launcher from another folder; each time it said it was building. */
  private static List<String> builds(Path dir) throws Exception {
    // every file dated before the jar, but for the one a case changed since the last run
    try (var files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.startsWith(dir.resolve("bin")) && Files.getLastModifiedTime(f).equals(AFTER)) {
          continue;
        }
        Files.setLastModifiedTime(f, BEFORE);
      }
    }
    Path jar = dir.resolve("target/kehoach.jar");
    if (Files.exists(jar)) {
      Files.setLastModifiedTime(jar, BUILT);
    }
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.setLastModifiedTime(elsewhere, BEFORE);
    Run r =
        ModelLimitsTest.bash(
            elsewhere,
            "PATH=\"$PWD/../bin:$PATH\" ../kehoach check x.yaml 2>&1 >/dev/null"
                + " | grep -o 'kehoach: building'\nexit 0\n");
    assertEquals(0, r.status(), r.err());
    // a changed file is put back for the next case
    try (var files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.getLastModifiedTime(f).equals(AFTER)) {
          Files.setLastModifiedTime(f, BEFORE);
        }
      }
    }
    return r.out().isBlank() ? List.of() : List.of(r.out().strip().split("\n"));
  }

  /**
   * A method the launcher keeps from the compiler ({@code -XX:CompileCommand=exclude,CLASS::NAME})
   * is one that exists: a library's update that renamed it would leave the option doing nothing,
   * without a word ({@code CompileCommand=quiet}, which must come first).
   */
  @Test
  void theMethodsKeptFromTheCompilerExist() throws Exception {
    String launcher = Files.readString(Path.of("kehoach"));
    Matcher m = Pattern.compile("-XX:CompileCommand=exclude,([\\w.$]+)::(\\w+)").matcher(launcher);
    int found = 0;
    while (m.find()) {
      found++;
      Class<?> owner = Class.forName(m.group(1));
      String name = m.group(2);
      assertTrue(
          Arrays.stream(owner.getDeclaredMethods()).anyMatch(d -> d.getName().equals(name)),
          m.group());
      assertTrue(
          launcher.indexOf("-XX:CompileCommand=quiet") < m.start(),
          "quiet comes before " + m.group());
    }
    assertEquals(1, found, "the launcher's exclusions");
  }

  private static void stub(Path file, String body) throws IOException {
    Files.writeString(file, "#!/bin/sh\n" + body);
    file.toFile().setExecutable(true);
  }
}
