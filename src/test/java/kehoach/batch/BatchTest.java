package kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import kehoach.cli.Main;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offices render many plans at once; one bad plan never sinks the batch. */
class BatchTest {
  @TempDir Path dir;

  private Path inputs(int copies) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("district"));
    for (int i = 0; i < copies; i++) {
      for (String s : List.of("ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023")) {
        Files.copy(
            Path.of("samples", s + ".yaml"), in.resolve(s + (copies > 1 ? "-" + i : "") + ".yaml"));
      }
    }
    String bad =
        Files.readString(Path.of("samples/ninh-thuan-2024.yaml"))
            .replace("quantity: 5, price: 1.000.000}", "quantity: -5, price: 1.000.000}");
    Files.writeString(in.resolve("district/bad.yaml"), bad);
    return in;
  }

  private static int run(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  /** The rows of the batch report {@code out/report.csv}, by its header. */
  static List<CSVRecord> report(Path out) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(Files.newBufferedReader(out.resolve("report.csv")))
        .getRecords();
  }

  @Test
  void aBadPlanIsReportedAndTheOthersAreRendered() throws IOException {
    Path in = inputs(1);
    Path out = dir.resolve("out");
    assertEquals(1, run("batch", in.toString(), "-o", out.toString(), "-q", "-j", "2"));
    List<CSVRecord> rows = report(out);
    assertEquals(4, rows.size());
    CSVRecord bad =
        rows.stream().filter(r -> r.get("input").endsWith("bad.yaml")).findFirst().orElseThrow();
    assertEquals("failed", bad.get("status"));
    assertTrue(
        bad.get("error")
            .matches(
                ".*bad\\.yaml:\\d+:\\d+: appendices\\[1\\].*quantity: expected a number of zero or more.*"),
        bad.get("error"));
    CSVRecord ninhThuan =
        rows.stream()
            .filter(r -> r.get("input").endsWith("ninh-thuan-2024.yaml"))
            .findFirst()
            .orElseThrow();
    assertEquals("ok", ninhThuan.get("status"));
    assertEquals("ninh-thuan-2024.docx;ninh-thuan-2024.pdf", ninhThuan.get("outputs"));
    assertEquals(2, ninhThuan.get("sha256").split(";").length);
    assertEquals("9", ninhThuan.get("pages"));
    assertEquals("74.580.000", ninhThuan.get("grand_total"));
    assertTrue(Files.exists(out.resolve("tay-ninh-2024.pdf")));
    assertTrue(Files.notExists(out.resolve("district/bad.pdf")));
  }

  @Test
  void aRerunSkipsWhatIsUpToDateUnlessForced() throws IOException {
    Path in = inputs(1);
    Files.delete(in.resolve("district/bad.yaml"));
    Path out = dir.resolve("out");
    assertEquals(0, run("batch", in.toString(), "-o", out.toString(), "-q", "--report-json"));
    assertEquals(0, run("batch", in.toString(), "-o", out.toString(), "-q"));
    assertTrue(report(out).stream().allMatch(r -> r.get("status").equals("skipped")));
    assertEquals(0, run("batch", in.toString(), "-o", out.toString(), "-q", "--force"));
    assertTrue(report(out).stream().allMatch(r -> r.get("status").equals("ok")));
    assertTrue(
        Files.readString(out.resolve("report.json")).contains("\"grandTotal\" : \"140.000.000\""));
  }

  @Test
  void nothingToDoIsExitTwo() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    assertEquals(
        2,
        run("batch", dir.resolve("empty").toString(), "-o", dir.resolve("out").toString(), "-q"));
  }

  @Test
  void aKilledBatchLeavesNoHalfWrittenFile() throws Exception {
    Path in = inputs(8);
    Path out = dir.resolve("out");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "kehoach.cli.Main",
                "batch",
                in.toString(),
                "-o",
                out.toString(),
                "-q",
                "-j",
                "2")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (finished(out).size() < 3 && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(20);
    }
    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    List<Path> done = finished(out);
    assertTrue(done.size() >= 3, "the batch was killed while it was writing");
    assertTrue(done.size() < 48, "the batch was killed before it finished");
    for (Path f : done) {
      assertComplete(f);
    }
    // the next run finishes the work and clears what the killed one left
    assertEquals(1, run("batch", in.toString(), "-o", out.toString(), "-q"));
    try (Stream<Path> files = Files.walk(out)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")));
    }
    assertEquals(48, finished(out).size());
    for (Path f : finished(out)) {
      assertComplete(f);
    }
  }

  private static List<Path> finished(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    // the batch may still be running: a temporary file seen in the listing can be gone (renamed)
    // before the walk looks at it, so a vanished file means "list again"
    while (true) {
      try (Stream<Path> files = Files.walk(out)) {
        return new ArrayList<>(
            files
                .filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".docx"))
                .toList());
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof NoSuchFileException)) {
          throw e;
        }
      }
    }
  }

  private static void assertComplete(Path f) throws IOException {
    if (f.toString().endsWith(".pdf")) {
      String tail = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).strip();
      assertTrue(tail.endsWith("%%EOF"), f + " is cut short");
    } else {
      try (ZipFile zip = new ZipFile(f.toFile())) {
        assertTrue(zip.getEntry("word/document.xml") != null, f + " is not a whole DOCX");
      }
    }
  }
}
