package kehoach.reliability;

import static kehoach.reliability.Run.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} writes only its own files into OUT and removes only its own stale ones. */
class BatchSafetyTest {
  private static final Path BASE = Path.of("samples/batch/base.yaml");

  @TempDir Path dir;

  private Path model(String name) throws IOException {
    Path m = dir.resolve(name);
    Files.createDirectories(m.getParent());
    Files.copy(BASE, m);
    return m;
  }

  private Path table(String... rows) throws IOException {
    return Files.writeString(
        dir.resolve("variants.csv"),
        "file,document.number\n" + String.join("\n", rows) + "\n",
        StandardCharsets.UTF_8);
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void twoModelsOfOneNameAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path a = model("a/m.yaml");
    Path b = model("b/m.yaml");
    Path out = dir.resolve("out");
    run("batch", a.toString(), b.toString(), "-o", out.toString(), "--format", "txt", "-q")
        .refused(a.toString(), b.toString());
    // the same through folders: a/m.yaml and b/m.yaml both land in OUT/m
    run(
            "batch",
            dir.resolve("a").toString(),
            dir.resolve("b").toString(),
            "-o",
            out.toString(),
            "--format",
            "txt",
            "-q")
        .refused(a.toString(), b.toString());
    assertEquals(List.of(), files(out));
  }

  @Test
  void twoVariantRowsOfOneFileNameAreRefused() throws IOException {
    Path base = model("base.yaml");
    Path t = table("x,1", "x.docx,2");
    Path out = dir.resolve("out");
    run("batch", base.toString(), "--variants", t.toString(), "-o", out.toString(), "-q")
        .refused(t + ":2:1", t + ":3:1");
    assertEquals(List.of(), files(out));
  }

  @Test
  void aVariantFileCellOutsideOutIsRefused() throws IOException {
    Path base = model("base.yaml");
    Path escape = dir.resolve("escape");
    Path t = table("../../escape,1", escape + ",2", "ok,3");
    Path out = dir.resolve("a/b/out");
    run("batch", base.toString(), "--variants", t.toString(), "-o", out.toString(), "-q")
        .refused(t + ":2:1: file:", t + ":3:1: file:");
    assertEquals(List.of(base, t), files(dir), "nothing is written, in OUT or outside it");
  }

  @Test
  void theNumberOfJobsIsOneOrMore() throws IOException {
    Path m = model("m.yaml");
    for (String n : List.of("0", "-5")) {
      run("batch", m.toString(), "-o", dir.resolve("out").toString(), "-j", n).refused("-j");
    }
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void theReportNeverReplacesAnInput() throws IOException {
    Path base = model("base.yaml");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path t = Files.writeString(out.resolve("report.csv"), "file,document.number\nx,1\n");
    byte[] before = Files.readAllBytes(t);
    run("batch", base.toString(), "--variants", t.toString(), "-o", out.toString(), "-q")
        .refused("report.csv", "input");
    assertArrayEquals(before, Files.readAllBytes(t));
  }

  @Test
  void theUsersOwnPartFilesAreKept() throws IOException {
    Path m = model("m.yaml");
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("sub"));
    Path notes = Files.writeString(out.resolve("notes.part"), "mine");
    Path inner = Files.writeString(out.resolve("sub/draft.docx.part"), "mine");
    Path stale = Files.writeString(out.resolve("sub/.kehoach-x.docx.k3x9.part"), "half");
    Run r = run("batch", m.toString(), "-o", out.toString(), "--format", "txt", "-q");
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.exists(notes));
    assertTrue(Files.exists(inner));
    assertFalse(Files.exists(stale), "a killed run's temporary file is removed");
  }

  @Test
  void anotherRunsTemporaryFileInFlightIsLeftAlone() throws Exception {
    Path m = model("m.yaml");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path inFlight = out.resolve(".kehoach-other.docx.a1b2c3.part");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process other =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Writer.class.getName(),
                inFlight.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader said =
        new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("writing", said.readLine());
      Run r = run("batch", m.toString(), "-o", out.toString(), "--format", "txt", "-q");
      assertEquals(0, r.status(), r.err());
      assertTrue(Files.exists(inFlight), "the other run's file is still being written");
    } finally {
      other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Run again = run("batch", m.toString(), "-o", out.toString(), "--format", "txt", "-q");
    assertEquals(0, again.status(), again.err());
    assertFalse(Files.exists(inFlight), "once its writer is gone the file is stale");
  }

  /** Another kehoach process writing a temporary file: holds its lock until killed. */
  public static final class Writer {
    public static void main(String[] args) throws Exception {
      FileChannel channel =
          FileChannel.open(
              Path.of(args[0]), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      FileLock lock = channel.lock();
      System.out.println("writing");
      System.out.flush();
      Thread.sleep(TimeUnit.MINUTES.toMillis(2));
      lock.release();
    }
  }
}
