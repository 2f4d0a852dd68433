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
import java.util.List;
import java.util.stream.Stream;
import kehoach.cli.Main;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  private static List<CSVRecord> report(Path out) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(Files.newBufferedReader(out.resolve("report.csv")))
        .getRecords();
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
    CSVRecord row = report(out).get(0);
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
    assertEquals("skipped", report(out).get(0).get("status"), "all its files are newer");

    Files.delete(out.resolve("nt.bieu-chi-tiet.txt"));
    Files.delete(out.resolve("nt.metadata.json"));
    Result missing = run(batch(in, out));
    assertEquals(0, missing.status(), missing.err());
    assertEquals("ok", report(out).get(0).get("status"), "an appendix file was missing");
    assertTrue(Files.exists(out.resolve("nt.bieu-chi-tiet.txt")));
    assertTrue(Files.exists(out.resolve("nt.metadata.json")));
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
