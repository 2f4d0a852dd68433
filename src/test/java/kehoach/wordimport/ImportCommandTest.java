package kehoach.wordimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kehoach.Kehoach;
import kehoach.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kehoach import}: output to a file or standard output, warnings, refusals. */
class ImportCommandTest {
  private static final Path REAL = Path.of("src/test/resources/real-docx");

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private Path copy(String name) throws Exception {
    Path file = dir.resolve(name);
    Files.copy(REAL.resolve(name), file);
    return file;
  }

  @Test
  void writesTheModelToStandardOutput() throws Exception {
    Run r = run("import", copy("lamdong-kh-kiemtra-cchc-2026.docx").toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("issuer:\n  name: Ủy ban nhân dân tỉnh Lâm Đồng\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void writesTheModelToAFileThatChecks() throws Exception {
    Path model = dir.resolve("out/kiemtra.yaml");
    Files.createDirectories(model.getParent());
    Files.writeString(model, "old");
    Run r =
        run("import", copy("lamdong-kh-kiemtra-cchc-2026.docx").toString(), "-o", model.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(model + "\n", r.out());
    String yaml = Files.readString(model, StandardCharsets.UTF_8);
    assertTrue(yaml.startsWith("issuer:"), yaml);
    Kehoach.compute(model);
  }

  @Test
  void warnsOnStandardErrorAndStillImports() throws Exception {
    Path draft = copy("lamdong-kh-kiemtra-cchc-2026.draft.docx");
    Run r = run("import", draft.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(
        draft
            + ": warning: paragraph 5 \"Số: /KH-UBND\": text box \"DỰ THẢO\" read as document.draft:"
            + " true (kehoach prints its own DỰ THẢO stamp)\n"
            + draft
            + ": warning: the signature has no title and name: both left for you to fill in\n",
        r.err());
    assertTrue(r.out().contains("signature:\n"), r.out());
  }

  @Test
  void aFileThatIsNotWordIsRefusedWithStatus2() throws Exception {
    Path bad = dir.resolve("bad.docx");
    Files.writeString(bad, "not a zip");
    Run r = run("import", bad.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith(bad.toString()), r.err());
    assertEquals("", r.out());
  }

  @Test
  void neverOverwritesItsInput() throws Exception {
    Path input = copy("lamdong-kh-thidua-cchc-2026.docx");
    byte[] before = Files.readAllBytes(input);
    Run r = run("import", input.toString(), "-o", input.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains(input.toString()), r.err());
    assertArrayEquals(before, Files.readAllBytes(input));
  }
}
