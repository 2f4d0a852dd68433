package kehoach.reliability;

import static kehoach.reliability.Run.assertNoStackTrace;
import static kehoach.reliability.Run.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files: nothing lost, nothing overwritten, nothing outside the output. Each case is a way
 * an earlier kehoach destroyed a user's file.
 */
class OutputSafetyTest {
  static final Path SAMPLE = Path.of("samples/ninh-thuan-2024.yaml");

  @TempDir Path dir;

  private Path model(String name) throws IOException {
    Path m = dir.resolve(name);
    Files.createDirectories(m.getParent());
    Files.copy(SAMPLE, m);
    return m;
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
  }

  @Test
  void renderRefusesToWriteOverItsModel() throws IOException {
    Path m = model("m.txt");
    byte[] before = Files.readAllBytes(m);
    run("render", m.toString(), "--format", "txt", "-o", dir.toString())
        .refused(m.getFileName().toString(), "input");
    assertArrayEquals(before, Files.readAllBytes(m));
  }

  @Test
  void renderRefusesToWriteTheMetadataOverAModel() throws IOException {
    Path m = model("m.yaml");
    Path json = model("m.metadata.json");
    byte[] before = Files.readAllBytes(json);
    run("render", m.toString(), json.toString(), "--metadata", "-o", dir.toString())
        .refused("m.metadata.json", "input");
    assertArrayEquals(before, Files.readAllBytes(json));
  }

  @Test
  void exportBudgetRefusesToWriteOverItsModel() throws IOException {
    Path m = model("m.yaml");
    byte[] before = Files.readAllBytes(m);
    // the same file by another spelling: compared by identity, not by name
    Path same = dir.resolve("sub/../m.yaml");
    Files.createDirectories(dir.resolve("sub"));
    run("export-budget", m.toString(), "-o", same.toString()).refused("m.yaml", "input");
    assertArrayEquals(before, Files.readAllBytes(m));
  }

  @Test
  void exportTableRefusesToWriteOverItsModel() throws IOException {
    Path m = model("m.yaml");
    byte[] before = Files.readAllBytes(m);
    run("export-table", m.toString(), "-o", m.toString()).refused("m.yaml", "input");
    assertArrayEquals(before, Files.readAllBytes(m));
  }

  @Test
  void redlineRefusesToWriteOverAnInput() throws IOException {
    Path old = model("m.yaml");
    Path changed = model("m2.yaml");
    byte[] before = Files.readAllBytes(old);
    run("diff", old.toString(), changed.toString(), "--redline", old.toString())
        .refused("m.yaml", "input");
    assertArrayEquals(before, Files.readAllBytes(old));
  }

  @Test
  void twoModelsOfOneNameAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path a = model("a/m.yaml");
    Path b = model("b/m.yaml");
    Path out = dir.resolve("out");
    run("render", a.toString(), b.toString(), "--format", "txt", "-o", out.toString())
        .refused(a.toString(), b.toString());
    assertEquals(List.of(), files(out));
  }

  @Test
  void renderRemovesItsOwnStaleTemporaryFilesOnly() throws IOException {
    Path m = model("m.yaml");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    // left by renders that were killed, this version's and the previous one's
    Path stale = Files.writeString(out.resolve(".kehoach-m.txt.k3x9.part"), "half");
    Path legacy = Files.writeString(out.resolve(".m.txt.1234567.part"), "half");
    // the user's own
    Path notes = Files.writeString(out.resolve("notes.part"), "mine");
    Path hidden = Files.writeString(out.resolve(".m.txt.draft.part"), "mine");
    Run r = run("render", m.toString(), "--format", "txt", "-o", out.toString());
    assertEquals(0, r.status(), r.err());
    assertFalse(Files.exists(stale));
    assertFalse(Files.exists(legacy));
    assertTrue(Files.exists(notes));
    assertTrue(Files.exists(hidden));
  }

  @Test
  void aRenderThatFailsLeavesThePreviousFilesAsTheyWere() throws IOException {
    Path m = model("m.yaml");
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("m.pdf"));
    byte[] old = "the previous DOCX".getBytes();
    Files.write(out.resolve("m.docx"), old);
    Run r = run("render", m.toString(), "--format", "docx,pdf", "-o", out.toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("m.pdf"), r.err());
    assertNoStackTrace(r.err());
    assertArrayEquals(old, Files.readAllBytes(out.resolve("m.docx")));
    assertTrue(Files.isDirectory(out.resolve("m.pdf")));
    assertEquals(List.of(out.resolve("m.docx")), files(out), "no temporary file is left");
  }

  @Test
  void anOutputThatIsALinkIsReplacedNotWrittenThrough() throws IOException {
    Path m = model("m.yaml");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path outside = Files.writeString(dir.resolve("outside.txt"), "not kehoach's");
    Path link = Files.createSymbolicLink(out.resolve("m.txt"), outside);
    assertEquals(0, run("render", m.toString(), "--format", "txt", "-o", out.toString()).status());
    assertEquals("not kehoach's", Files.readString(outside));
    assertFalse(Files.isSymbolicLink(link));
  }

  @Test
  void anExistingOutputKeepsItsMode() throws IOException {
    Path m = model("m.yaml");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path txt = Files.writeString(out.resolve("m.txt"), "old");
    Files.setPosixFilePermissions(txt, PosixFilePermissions.fromString("rw-------"));
    assertEquals(0, run("render", m.toString(), "--format", "txt", "-o", out.toString()).status());
    assertEquals("rw-------", mode(txt));
    assertFalse(Files.readString(txt).equals("old"));
  }

  @Test
  void importBudgetEditsASymlinkedModelThroughItsLinkAndKeepsItsMode() throws IOException {
    Path real = model("private/m.yaml");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
    Path link = Files.createSymbolicLink(dir.resolve("m.yaml"), real);
    Path book = dir.resolve("budget.xlsx");
    assertEquals(0, run("export-budget", link.toString(), "-o", book.toString()).status());
    Run r = run("import-budget", book.toString(), "--into", link.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals("rw-------", mode(real));
    assertEquals(List.of(book, real), files(dir), "no other file is written");
  }

  @Test
  void importTableEditsASymlinkedModelThroughItsLinkAndKeepsItsMode() throws IOException {
    Path real = model("private/m.yaml");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
    Path link = Files.createSymbolicLink(dir.resolve("m.yaml"), real);
    Path book = dir.resolve("tables.xlsx");
    Run export = run("export-table", link.toString(), "--table", "1", "-o", book.toString());
    assertEquals(0, export.status(), export.err());
    Run r = run("import-table", book.toString(), "--into", link.toString(), "--table", "1");
    assertTrue(r.status() <= 1, r.err());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals("rw-------", mode(real));
  }

  @Test
  void aNewOutputFollowsTheUmask() throws Exception {
    Path m = model("m.yaml");
    Path book = dir.resolve("budget.xlsx");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String command =
        "umask 027 && exec '"
            + java
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' kehoach.cli.Main export-budget '"
            + m
            + "' -o '"
            + book
            + "'";
    Process p =
        new ProcessBuilder("sh", "-c", command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    assertEquals("rw-r-----", mode(book));
  }

  static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
  }
}
