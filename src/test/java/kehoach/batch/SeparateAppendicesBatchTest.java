package kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kehoach.cli.Main;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code batch --issue electronic --appendices separate --metadata}: the report lists every file a
 * plan wrote, the up-to-date check looks at all of them, and two plans that would write one
 * appendix file are refused before anything is written.
 */
class SeparateAppendicesBatchTest {
  @TempDir Path dir;

  private record Result(int status, String err) {}

  private static Result run(String... args) {
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    return new Result(status, err.toString());
  }

  private String[] batch(Path in, Path out) {
    return new String[] {
      "batch",
      in.toString(),
      "-o",
      out.toString(),
      "-q",
      "-f",
      "pdf,txt",
      "--issue",
      "electronic",
      "--appendices",
      "separate",
      "--metadata"
    };
  }

  @Test
  void theReportListsEveryFileAndTheUpToDateCheckSeesThem() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("samples/ninh-thuan-2024.yaml"), in.resolve("nt.yaml"));
    Files.setLastModifiedTime(
        in.resolve("nt.yaml"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Path out = dir.resolve("out");
    Result first = run(batch(in, out));
    assertEquals(0, first.status(), first.err());
    CSVRecord row = BatchTest.report(out).get(0);
    assertEquals("ok", row.get("status"));
    assertEquals(
        "nt.pdf;nt.txt;nt.phu-luc.pdf;nt.phu-luc.txt;nt.bieu-chi-tiet.pdf;nt.bieu-chi-tiet.txt;"
            + "nt.metadata.json",
        row.get("outputs"));
    assertEquals(7, row.get("sha256").split(";").length);
    try (com.lowagie.text.pdf.PdfReader reader =
        new com.lowagie.text.pdf.PdfReader(out.resolve("nt.pdf").toString())) {
      assertEquals(Integer.toString(reader.getNumberOfPages()), row.get("pages"), "the plan's own");
    }

    Result again = run(batch(in, out));
    assertEquals(0, again.status(), again.err());
    assertEquals("skipped", BatchTest.report(out).get(0).get("status"), "all its files are newer");

    Files.delete(out.resolve("nt.bieu-chi-tiet.txt"));
    Files.delete(out.resolve("nt.metadata.json"));
    Result missing = run(batch(in, out));
    assertEquals(0, missing.status(), missing.err());
    assertEquals("ok", BatchTest.report(out).get(0).get("status"), "an appendix file was missing");
    assertTrue(Files.exists(out.resolve("nt.bieu-chi-tiet.txt")));
    assertTrue(Files.exists(out.resolve("nt.metadata.json")));
  }

  private static String status(Path in, Path out, String formats, String... options)
      throws IOException {
    List<String> args =
        new ArrayList<>(List.of("batch", in.toString(), "-o", out.toString(), "-q", "-f", formats));
    args.addAll(List.of(options));
    Result r = run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    return BatchTest.report(out).get(0).get("status");
  }

  /**
   * Files written in one issue, or with the appendices placed one way, are not up to date for
   * another: each format tells what it was written with (the PDF's information dictionary, the
   * DOCX's core properties, the text's blank year).
   */
  @ParameterizedTest
  @ValueSource(strings = {"pdf", "docx", "txt"})
  void changingTheIssueRendersAgain(String format) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("samples/tay-ninh-2024.yaml"), in.resolve("tn.yaml"));
    Files.setLastModifiedTime(
        in.resolve("tn.yaml"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Path out = dir.resolve("out");
    assertEquals("ok", status(in, out, format));
    assertEquals("skipped", status(in, out, format), "paper again");
    assertEquals("ok", status(in, out, format, "--issue", "electronic"), "paper → electronic");
    assertEquals("skipped", status(in, out, format, "--issue", "electronic"));
    assertEquals("ok", status(in, out, format), "electronic → paper");
    assertEquals("skipped", status(in, out, format));
    if (format.equals("pdf")) {
      String[] fields = {"--issue", "electronic", "--signature-fields"};
      assertEquals("ok", status(in, out, format, fields), "paper → with signature fields");
      assertEquals("skipped", status(in, out, format, fields));
      assertEquals("ok", status(in, out, format, "--issue", "electronic"), "fields → none");
    }
  }

  /**
   * Together → separate → together renders each time; the appendices' own files of the separate run
   * are the user's now: left where they are, not deleted.
   */
  @Test
  void changingTheAppendicesPlacementRendersAgain() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("samples/tay-ninh-2024.yaml"), in.resolve("tn.yaml"));
    Files.setLastModifiedTime(
        in.resolve("tn.yaml"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Path out = dir.resolve("out");
    String[] together = {"--issue", "electronic"};
    String[] separate = {"--issue", "electronic", "--appendices", "separate"};
    assertEquals("ok", status(in, out, "pdf,docx", together));
    assertEquals("ok", status(in, out, "pdf,docx", separate), "together → separate");
    assertTrue(Files.exists(out.resolve("tn.phu-luc.pdf")));
    assertEquals("skipped", status(in, out, "pdf,docx", separate));
    assertEquals("ok", status(in, out, "pdf,docx", together), "separate → together");
    assertEquals("skipped", status(in, out, "pdf,docx", together));
    assertTrue(Files.exists(out.resolve("tn.phu-luc.pdf")), "not deleted");
    assertEquals("tn.docx;tn.pdf", BatchTest.report(out).get(0).get("outputs"));
  }

  /** {@code a.phu-luc.yaml} writes a.phu-luc.pdf, which is the appendix file of {@code a.yaml}. */
  @Test
  void twoPlansWritingOneAppendixFileAreRefused() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("samples/tay-ninh-2024.yaml"), in.resolve("a.yaml"));
    Files.copy(Path.of("samples/nam-dinh-2023.yaml"), in.resolve("a.phu-luc.yaml"));
    Path out = dir.resolve("out");
    Result r = run(batch(in, out));
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("a.phu-luc.pdf"), r.err());
    assertTrue(r.err().contains("two outputs of one run never share a name"), r.err());
    assertFalse(Files.exists(out) && hasFiles(out), "nothing written");
  }

  private static boolean hasFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isPresent();
    }
  }

  @Test
  void separateFilesOnPaperIsAUsageError() {
    for (String command : new String[] {"render", "batch"}) {
      Result r =
          run(
              command,
              "samples/tay-ninh-2024.yaml",
              "-o",
              dir.resolve("o").toString(),
              "--appendices",
              "separate");
      assertEquals(2, r.status(), command);
      assertTrue(
          r.err().startsWith("kehoach: --appendices separate is for electronic issue only"),
          r.err());
      assertFalse(Files.exists(dir.resolve("o")), "nothing written");
    }
  }
}
