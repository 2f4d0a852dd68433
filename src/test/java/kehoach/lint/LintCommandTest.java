package kehoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kehoach.cli.Main;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kehoach lint} as a user runs it: exit codes, text and JSON, models, bad files. */
class LintCommandTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private static Run lint(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "lint";
    System.arraycopy(args, 0, all, 1, args.length);
    int status = Main.run(all, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  /** tay-ninh-2024 lints clean; with "HOÀ" in its Quốc hiệu it has one finding. */
  private Path withHoa() {
    XWPFDocument doc = Docs.open(Docs.sampleDocx("tay-ninh-2024"));
    Docs.replaceText(doc, "CỘNG HÒA", "CỘNG HOÀ");
    return Docs.write(dir, "hoa.docx", doc);
  }

  @Test
  void aCleanDocxExitsZero() {
    Path clean = Docs.write(dir, "clean.docx", Docs.sampleDocx("tay-ninh-2024"));
    Run run = lint(clean.toString());
    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals(clean + ": no findings.\n", run.out());
  }

  @Test
  void findingsArePrintedOnePerLineWithACountAndExitOne() {
    Path hoa = withHoa();
    Run run = lint(hoa.toString());
    assertEquals(1, run.status(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(2, lines.length, run.out());
    assertTrue(
        lines[0].startsWith(
            hoa
                + ": paragraph 4 «CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM», table 1, row 1, column 2:"
                + " error [header.motto] the Quốc hiệu reads"),
        lines[0]);
    assertTrue(lines[0].endsWith("(ô 1))"), lines[0]);
    assertEquals(hoa + ": 1 finding (1 error, 0 warnings).", lines[1]);
  }

  @Test
  void jsonGivesEveryFieldOfEachFinding() throws Exception {
    Path hoa = withHoa();
    Run run = lint("--format", "json", hoa.toString());
    assertEquals(1, run.status(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode file = root.get("files").get(0);
    assertEquals(hoa.toString(), file.get("file").asText());
    JsonNode f = file.get("findings").get(0);
    assertEquals("header.motto", f.get("rule").asText());
    assertEquals("error", f.get("severity").asText());
    assertEquals(4, f.get("place").get("paragraph").asInt());
    assertEquals(1, f.get("place").get("table").asInt());
    assertEquals(2, f.get("place").get("column").asInt());
    assertTrue(f.get("message").asText().contains("HOÀ"));
    assertTrue(f.get("expected").asText().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  }

  @Test
  void aModelIsLintedAsItWillPrint() {
    Run run = lint("samples/tay-ninh-2024.yaml");
    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals("samples/tay-ninh-2024.yaml: no findings.\n", run.out());
  }

  @Test
  void anUnreadableFileIsNamedAndExitsTwoWhileOthersAreStillLinted() throws Exception {
    Path bad = Files.writeString(dir.resolve("notes.docx"), "Kế hoạch\n");
    Path hoa = withHoa();
    Run run = lint(bad.toString(), hoa.toString());
    assertEquals(2, run.status());
    String first = run.err().lines().findFirst().orElse("");
    assertTrue(first.startsWith(bad + ": is not a Word document"), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    assertTrue(run.out().contains(hoa + ": 1 finding"), run.out());
  }

  @Test
  void aMissingFileExitsTwo() {
    Run run = lint(dir.resolve("missing.docx").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("missing.docx: no such file"), run.err());
  }

  @Test
  void anUnknownFormatIsRefused() {
    Run run = lint("--format", "xml", "samples/tay-ninh-2024.yaml");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("unknown format \"xml\""), run.err());
  }

  @Test
  void aPlanAndItsAppendixFilesAreLintedTogether() throws Exception {
    var written = Docs.separateFiles(dir, "tay-ninh-2024");
    assertEquals(2, written.size(), written.toString());
    Run alone = lint(written.get(0).toString());
    assertEquals(1, alone.status(), alone.out());
    assertTrue(alone.out().contains("warning [structure.appendix-missing]"), alone.out());
    assertTrue(alone.out().contains("give lint both files"), alone.out());
    Run together = lint(written.get(0).toString(), written.get(1).toString());
    assertEquals(0, together.status(), together.out() + together.err());
    assertEquals(
        written.get(0)
            + ": no findings.\n"
            + written.get(1)
            + " (an appendix of "
            + written.get(0)
            + "): no findings.\n",
        together.out());
  }
}
