package kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kehoach.cli.Main;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One base plan and a table of differences, from CSV or Excel. */
class VariantsTest {
  private static final Path EXPECTED = Path.of("samples/batch/expected-report.csv");

  /** Run with -Dkehoach.updateGolden=true to accept a new expected report; never done silently. */
  private static final boolean UPDATE = Boolean.getBoolean("kehoach.updateGolden");

  @TempDir Path out;

  private static int run(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void theBatchExampleGivesItsExpectedReport() throws IOException {
    assertEquals(
        0,
        run(
            "batch",
            "samples/batch/base.yaml",
            "--variants",
            "samples/batch/districts.csv",
            "-o",
            out.toString(),
            "-q"));
    String report = Files.readString(out.resolve("report.csv"));
    if (UPDATE) {
      Files.writeString(EXPECTED, report);
    }
    assertEquals(Files.readString(EXPECTED), report);
  }

  @Test
  void excelGivesTheSameAsCsvWithNumbersStoredAsNumbersOrText() throws IOException {
    Path fromCsv = out.resolve("csv");
    Path fromExcel = out.resolve("xlsx");
    run(
        "batch",
        "samples/batch/base.yaml",
        "--variants",
        "samples/batch/districts.csv",
        "-o",
        fromCsv.toString(),
        "-q");
    run(
        "batch",
        "samples/batch/base.yaml",
        "--variants",
        "samples/batch/districts.xlsx",
        "-o",
        fromExcel.toString(),
        "-q");
    List<CSVRecord> csv = BatchTest.report(fromCsv);
    List<CSVRecord> excel = BatchTest.report(fromExcel);
    assertEquals(3, excel.size());
    for (int i = 0; i < csv.size(); i++) {
      assertEquals(csv.get(i).get("sha256"), excel.get(i).get("sha256"));
      assertEquals(csv.get(i).get("grand_total"), excel.get(i).get("grand_total"));
    }
    assertEquals(
        List.of("140.000.000", "125.000.000", "132.500.000"),
        excel.stream().map(r -> r.get("grand_total")).toList());
  }

  @Test
  void mistakesInTheTableAreReportedWithRowAndColumn() throws IOException {
    Path table = out.resolve("bad.csv");
    Files.writeString(
        table,
        "file,issuer.nmae,appendices.budget.rows[1].rows[0].quantity,appendices.nosuch.rows[0].price\n"
            + "a,Ủy ban nhân dân huyện A,2,\n"
            + "b,Ủy ban nhân dân huyện B,hai,3\n");
    Path folder = out.resolve("out");
    assertEquals(
        1,
        run(
            "batch",
            "samples/batch/base.yaml",
            "--variants",
            table.toString(),
            "-o",
            folder.toString(),
            "-q"));
    List<CSVRecord> rows = BatchTest.report(folder);
    assertEquals(2, rows.size());
    String rowA = rows.get(0).get("error");
    String rowB = rows.get(1).get("error");
    assertTrue(
        rowA.contains(table + ":2:2: issuer.nmae: unknown field \"nmae\"; did you mean \"name\"?"),
        rowA);
    assertTrue(
        rowB.contains(
            table
                + ":3:3: appendices[0].content[0].budget.rows[1].rows[0].quantity: expected a number"),
        rowB);
    assertTrue(
        rowB.contains(
            table + ":3:4: appendices.nosuch.rows[0].price: no field \"appendices.nosuch\""),
        rowB);
  }
}
