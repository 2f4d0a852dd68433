package kehoach.reliability;

import static kehoach.reliability.Run.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.office.CsvFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files from elsewhere: DOCX and XLSX files that are damaged, foreign, oversized or hostile, and
 * sheets whose cells hold errors, each read by every command that reads such files; and models
 * kehoach writes into (import) in every form a clerk may have them: with a BOM, with flow rows, in
 * JSON. Each bad input gets a message naming the file and what was expected, exit status 2, no
 * stack trace, and the model untouched.
 */
class ForeignInputsTest {
  @TempDir static Path shared;
  @TempDir Path dir;

  /** A good DOCX and XLSX, and the bad files made from them once for all tests. */
  private static Path goodDocx;

  private static Path goodXlsx;
  private static final List<BadFile> BAD = new ArrayList<>();

  /** A bad file, and what its message must say of it. */
  record BadFile(String name, Path docx, Path xlsx, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void makeBadFiles() throws IOException {
    goodDocx = shared.resolve("good.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(goodDocx)) {
      for (int i = 0; i < 200; i++) {
        doc.createParagraph().createRun().setText("Đoạn " + i + ": tổ chức thực hiện kế hoạch");
      }
      doc.write(out);
    }
    goodXlsx = shared.resolve("good.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(goodXlsx)) {
      Sheet s = wb.createSheet("budget");
      for (int r = 0; r < 300; r++) {
        s.createRow(r).createCell(1).setCellValue("Nội dung " + r + " của dòng dự toán " + r);
      }
      wb.write(out);
    }
    BAD.add(
        new BadFile(
            "empty",
            Files.write(shared.resolve("empty.docx"), new byte[0]),
            Files.write(shared.resolve("empty.xlsx"), new byte[0]),
            "is empty"));
    BAD.add(
        new BadFile(
            "corrupted deflate stream",
            Files.write(
                shared.resolve("corrupt.docx"),
                corrupt(Files.readAllBytes(goodDocx), "word/document.xml")),
            Files.write(
                shared.resolve("corrupt.xlsx"),
                corrupt(Files.readAllBytes(goodXlsx), "xl/worksheets/sheet1.xml")),
            "is damaged"));
    BAD.add(
        new BadFile(
            "zip bomb",
            Files.write(shared.resolve("bomb.docx"), bomb(goodDocx, "word/document.xml")),
            Files.write(shared.resolve("bomb.xlsx"), bomb(goodXlsx, "xl/worksheets/sheet1.xml")),
            "is too large when unpacked"));
    BAD.add(
        new BadFile(
            "XXE payload",
            Files.write(shared.resolve("xxe.docx"), xxe(goodDocx, "word/document.xml")),
            Files.write(shared.resolve("xxe.xlsx"), xxe(goodXlsx, "xl/worksheets/sheet1.xml")),
            "DOCTYPE"));
    BAD.add(
        new BadFile(
            "the other kind of Office file",
            Files.copy(goodXlsx, shared.resolve("workbook-renamed.docx")),
            Files.copy(goodDocx, shared.resolve("document-renamed.xlsx")),
            "is not a"));
    BAD.add(
        new BadFile(
            "plain text",
            Files.writeString(shared.resolve("text.docx"), "Kế hoạch\n"),
            Files.writeString(shared.resolve("text.xlsx"), "STT;Nội dung\n"),
            "is not a"));
  }

  /** The entries of a zip, in order, with their bytes. */
  private static List<Object[]> entries(Path zip) throws IOException {
    List<Object[]> out = new ArrayList<>();
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.add(new Object[] {e.getName(), in.readAllBytes()});
      }
    }
    return out;
  }

  /** {@code zip} with entry {@code name}'s bytes replaced by what {@code change} makes of them. */
  private static byte[] rewrite(Path zip, String name, java.util.function.UnaryOperator<byte[]> f)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Object[] e : entries(zip)) {
        out.putNextEntry(new ZipEntry((String) e[0]));
        out.write(e[0].equals(name) ? f.apply((byte[]) e[1]) : (byte[]) e[1]);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A zip bomb: the entry becomes 200 MB of zeros, which deflate to about 200 KB. */
  private static byte[] bomb(Path zip, String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Object[] e : entries(zip)) {
        out.putNextEntry(new ZipEntry((String) e[0]));
        if (e[0].equals(name)) {
          byte[] zeros = new byte[1 << 20];
          for (int i = 0; i < 200; i++) {
            out.write(zeros);
          }
        } else {
          out.write((byte[]) e[1]);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** The entry's XML with a DOCTYPE that would read /etc/passwd into it. */
  private static byte[] xxe(Path zip, String name) throws IOException {
    return rewrite(
        zip,
        name,
        xml -> {
          String text = new String(xml, StandardCharsets.UTF_8);
          int root = text.indexOf('<', text.indexOf("?>"));
          String rootName = text.substring(root + 1).split("[ >]")[0];
          String doctype =
              "<!DOCTYPE "
                  + rootName
                  + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                  + "<!-- &xxe; -->";
          return (text.substring(0, root) + doctype + text.substring(root))
              .getBytes(StandardCharsets.UTF_8);
        });
  }

  /** {@code zip} with bytes flipped in the middle of entry {@code name}'s compressed data. */
  private static byte[] corrupt(byte[] zip, String name) {
    byte[] header = {'P', 'K', 3, 4};
    byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + 30 + nameBytes.length < zip.length; i++) {
      if (Arrays.equals(zip, i, i + 4, header, 0, 4)
          && Arrays.equals(
              zip, i + 30, i + 30 + nameBytes.length, nameBytes, 0, nameBytes.length)) {
        int nameLength = (zip[i + 26] & 0xff) | (zip[i + 27] & 0xff) << 8;
        int extraLength = (zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8;
        int data = i + 30 + nameLength + extraLength;
        byte[] bad = zip.clone();
        for (int k = data + 40; k < data + 80; k++) {
          bad[k] = (byte) ~bad[k];
        }
        return bad;
      }
    }
    throw new AssertionError("no entry " + name);
  }

  /** A refusal as the issue asks: exit 2, the message, no stack trace. */
  private static void assertRefused(Run run, String... expected) {
    assertEquals(2, run.status(), run.err());
    for (String e : expected) {
      assertTrue(run.err().contains(e), "expected «" + e + "» in:\n" + run.err());
    }
    assertFalse(run.err().contains("internal error"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
    assertFalse(run.err().contains("Exception"), "no exception names:\n" + run.err());
  }

  private Path model(String text) throws IOException {
    return Files.writeString(dir.resolve("plan.yaml"), text);
  }

  private static final String BUDGET =
      """
      - content: Hội nghị
        rows:
          - {content: Thuê hội trường, unit: Ngày, quantity: 2, price: 1.000.000}
          - {content: Tài liệu, unit: Bộ, quantity: 10, price: 50.000}
      """;

  static Stream<Arguments> badFiles() {
    return BAD.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "diff with a {0}")
  @MethodSource("badFiles")
  void diffRefusesABadDocx(BadFile bad) {
    Run run = run("diff", goodDocx.toString(), bad.docx().toString());
    assertRefused(run, bad.docx().toString(), bad.expected());
    assertEquals("", run.out());
    assertRefused(run("diff", bad.docx().toString(), goodDocx.toString()), bad.expected());
  }

  @ParameterizedTest(name = "import-budget with a {0}")
  @MethodSource("badFiles")
  void importBudgetRefusesABadWorkbook(BadFile bad) throws IOException {
    Path model = model(Models.withBudget(BUDGET));
    byte[] before = Files.readAllBytes(model);
    Run run = run("import-budget", bad.xlsx().toString(), "--into", model.toString());
    assertRefused(run, bad.xlsx().toString(), bad.expected());
    assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
  }

  @ParameterizedTest(name = "import-table with a {0}")
  @MethodSource("badFiles")
  void importTableRefusesABadWorkbook(BadFile bad) throws IOException {
    Path model =
        model(Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    byte[] before = Files.readAllBytes(model);
    Run run = run("import-table", bad.xlsx().toString(), "--into", model.toString());
    assertRefused(run, bad.xlsx().toString(), bad.expected());
    assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
  }

  @ParameterizedTest(name = "batch --variants with a {0}")
  @MethodSource("badFiles")
  void batchRefusesABadVariantsWorkbook(BadFile bad) throws IOException {
    Path out = dir.resolve("out");
    Run run =
        run(
            "batch",
            "samples/batch/base.yaml",
            "--variants",
            bad.xlsx().toString(),
            "-o",
            out.toString(),
            "-q");
    assertRefused(run, bad.xlsx().toString(), bad.expected());
    assertFalse(Files.exists(out.resolve("report.csv")), "nothing written");
  }

  @Test
  void theWrongKindSaysWhatItIs() throws IOException {
    assertRefused(
        run("diff", goodDocx.toString(), shared.resolve("workbook-renamed.docx").toString()),
        "is not a Word document (.docx): it is an Excel workbook");
    Path model = model(Models.withBudget(BUDGET));
    byte[] before = Files.readAllBytes(model);
    assertRefused(
        run(
            "import-budget",
            shared.resolve("document-renamed.xlsx").toString(),
            "--into",
            model.toString()),
        "is not an Excel workbook (.xlsx): it is a Word document");
    assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
  }

  @Test
  void aMissingModelIsNamedNotTheWorkbook() {
    Path missing = dir.resolve("missing.yaml");
    assertRefused(
        run("import-budget", goodXlsx.toString(), "--into", missing.toString()),
        missing + ": no such file");
    assertRefused(
        run("import-table", goodXlsx.toString(), "--into", missing.toString()),
        missing + ": no such file");
  }

  // Cells that hold no number where a number is expected.

  /** The budget workbook export-budget writes for {@code model}. */
  private Path export(Path model) {
    Path book = dir.resolve("budget.xlsx");
    Run run = run("export-budget", model.toString(), "-o", book.toString());
    assertEquals(0, run.status(), run.err());
    return book;
  }

  /** Changes the quantity cell (column D) of the line "Tài liệu" and saves the workbook. */
  private static String editQuantity(Path book, java.util.function.Consumer<Cell> change)
      throws IOException {
    try (InputStream in = Files.newInputStream(book);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("budget");
      for (Row row : sheet) {
        Cell content = row.getCell(1);
        if (content != null && content.toString().startsWith("Tài liệu")) {
          row.removeCell(row.getCell(3));
          Cell quantity = row.createCell(3);
          change.accept(quantity);
          try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
          }
          return "D" + (row.getRowNum() + 1);
        }
      }
    }
    throw new AssertionError("no line Tài liệu");
  }

  @Test
  void anErrorValueInAQuantityIsReportedBySheetAndCell() throws IOException {
    Path model = model(Models.withBudget(BUDGET));
    Path book = export(model);
    String cell = editQuantity(book, c -> c.setCellErrorValue(FormulaError.DIV0.getCode()));
    byte[] before = Files.readAllBytes(model);
    Run run = run("import-budget", book.toString(), "--into", model.toString());
    assertRefused(run, book + ": budget!" + cell, "#DIV/0!", "expected a number");
    assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
  }

  @Test
  void aFormulaWhoseSavedValueIsAnErrorIsReported() throws IOException {
    Path model = model(Models.withBudget(BUDGET));
    Path book = export(model);
    String cell =
        editQuantity(
            book,
            c -> {
              c.setCellFormula("1/0");
              c.getSheet()
                  .getWorkbook()
                  .getCreationHelper()
                  .createFormulaEvaluator()
                  .evaluateFormulaCell(c);
            });
    byte[] before = Files.readAllBytes(model);
    Run run = run("import-budget", book.toString(), "--into", model.toString());
    assertRefused(run, "budget!" + cell, "#DIV/0!", "=1/0");
    assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
  }

  @Test
  void aFormulaWithoutASavedValueIsReported() throws IOException {
    Path model = model(Models.withBudget(BUDGET));
    Path book = export(model);
    String cell =
        editQuantity(
            book,
            c -> {
              c.setCellFormula("2*6");
              assertFalse(((XSSFCell) c).getCTCell().isSetV(), "no saved value");
            });
    byte[] before = Files.readAllBytes(model);
    Run run = run("import-budget", book.toString(), "--into", model.toString());
    assertRefused(run, "budget!" + cell, "=2*6", "no saved value");
    assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
  }

  @Test
  void aFormulaWithASavedNumberImportsThatNumber() throws IOException {
    Path model = model(Models.withBudget(BUDGET));
    Path book = export(model);
    editQuantity(
        book,
        c -> {
          c.setCellFormula("2*6");
          c.getSheet()
              .getWorkbook()
              .getCreationHelper()
              .createFormulaEvaluator()
              .evaluateFormulaCell(c);
        });
    Run run = run("import-budget", book.toString(), "--into", model.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(0, new BigDecimal("2600000").compareTo(total(model)));
  }

  @Test
  void textInAQuantityIsReportedAndNothingImported() throws IOException {
    Path model = model(Models.withBudget(BUDGET));
    Path book = export(model);
    String cell = editQuantity(book, c -> c.setCellValue("mười"));
    byte[] before = Files.readAllBytes(model);
    Run run = run("import-budget", book.toString(), "--into", model.toString());
    assertRefused(run, "budget!" + cell, "\"mười\"", "expected a number");
    assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
  }

  private static BigDecimal total(Path model) {
    try {
      return Kehoach.compute(model).budgets().get("budget").total();
    } catch (kehoach.model.PlanException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** A hand-made task sheet whose third row's Chủ trì cell is made by {@code lead}. */
  private Path taskSheet(java.util.function.Consumer<Cell> lead) throws IOException {
    Path book = dir.resolve("tasks.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(book)) {
      Sheet s = wb.createSheet("Bảng");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("STT");
      h.createCell(1).setCellValue("Nội dung");
      h.createCell(2).setCellValue("Chủ trì");
      Row a = s.createRow(1);
      a.createCell(0).setCellValue(1);
      a.createCell(1).setCellValue("Rà soát");
      a.createCell(2).setCellValue("Sở Nội vụ");
      Row b = s.createRow(2);
      b.createCell(0).setCellValue(2);
      b.createCell(1).setCellValue("Tập huấn");
      lead.accept(b.createCell(2));
      wb.write(out);
    }
    return book;
  }

  @Test
  void importTableRefusesAnErrorCellAndLeavesTheModel() throws IOException {
    Path model =
        model(Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    byte[] before = Files.readAllBytes(model);
    Path book = taskSheet(c -> c.setCellErrorValue(FormulaError.REF.getCode()));
    Run run = run("import-table", book.toString(), "--into", model.toString());
    assertRefused(run, book + ": Bảng!C3", "#REF!");
    assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
  }

  @Test
  void importTableRefusesAFormulaWithoutASavedValue() throws IOException {
    Path model =
        model(Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    byte[] before = Files.readAllBytes(model);
    Path book = taskSheet(c -> c.setCellFormula("A1&B1"));
    Run run = run("import-table", book.toString(), "--into", model.toString());
    assertRefused(run, "Bảng!C3", "no saved value");
    assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
  }

  @Test
  void batchRefusesAVariantsCellWithAnError() throws IOException {
    Path table = dir.resolve("variants.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(table)) {
      Sheet s = wb.createSheet("variants");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("file");
      h.createCell(1).setCellValue("document.place");
      Row a = s.createRow(1);
      a.createCell(0).setCellValue("a");
      a.createCell(1).setCellErrorValue(FormulaError.NA.getCode());
      wb.write(out);
    }
    Path out = dir.resolve("out");
    Run run =
        run(
            "batch",
            "samples/batch/base.yaml",
            "--variants",
            table.toString(),
            "-o",
            out.toString(),
            "-q");
    assertRefused(run, table + ": variants!B2", "#N/A");
  }

  // Models in every form a clerk may have them, imported into.

  private static final String FLOW_ROWS =
      "rows: [{content: Hội nghị, rows: [{content: Thuê hội trường, unit: Ngày, quantity: 2,"
          + " price: 1.000.000}, {content: Tài liệu, unit: Bộ, quantity: 10, price: 50.000}]}]";

  /** Imports into {@code model} the budget it exports with the line Tài liệu at 12 copies. */
  private void importTwelveCopies(Path model) throws IOException {
    Path book = export(model);
    editQuantity(book, c -> c.setCellValue(12));
    Run run = run("import-budget", book.toString(), "--into", model.toString());
    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals(0, new BigDecimal("2600000").compareTo(total(model)), run.err());
  }

  @Test
  void importBudgetIntoAModelWithAByteOrderMark() throws IOException {
    Path model = model("\uFEFF" + Models.withBudget(BUDGET));
    importTwelveCopies(model);
    assertTrue(Files.readString(model).startsWith("\uFEFFissuer:"), "the BOM is kept");
  }

  @Test
  void importBudgetIntoFlowRows() throws IOException {
    Path model = model(Models.withBudget("").replace("rows:\n", FLOW_ROWS + "\n"));
    importTwelveCopies(model);
    assertTrue(Files.readString(model).contains("Thuê hội trường"), Files.readString(model));
  }

  @Test
  void importBudgetIntoAJsonModelKeepsItJson() throws Exception {
    // quoted, so that the YAML-to-JSON conversion keeps 50.000 Vietnamese (fifty thousand)
    Path yaml =
        model(Models.withBudget("total: \"2.500.000\"", BUDGET.replace("50.000", "\"50.000\"")));
    Path json = dir.resolve("plan.json");
    Files.writeString(json, toJson(yaml));
    importTwelveCopies(json);
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(json));
    assertEquals(
        "2.600.000",
        tree.at("/appendices/0/content/0/budget/total").asText(),
        "the stated total follows, as JSON");
  }

  @Test
  void aStatedTotalInFlowStyleYamlStaysPlain() throws IOException {
    Path model =
        model(Models.withBudget("total: 2.500.000", "").replace("rows:\n", FLOW_ROWS + "\n"));
    importTwelveCopies(model);
    assertTrue(Files.readString(model).contains("total: 2.600.000\n"), Files.readString(model));
  }

  @Test
  void aCsvFileThatIsNotUtf8IsNamed() throws IOException {
    Path model =
        model(Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    Path csv = dir.resolve("ansi.csv");
    Charset ansi = Charset.forName("windows-1258");
    Files.write(csv, "STT;Nội dung\n1;Rà soát\n".getBytes(ansi));
    assertRefused(
        run("import-table", csv.toString(), "--into", model.toString()),
        csv + ": is not UTF-8 text");
  }

  @Test
  void aVariantsCsvThatIsNotUtf8IsNamed() throws IOException {
    Path base =
        model(Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    Path csv = dir.resolve("bien-the.csv");
    Files.write(csv, "file;title\nhà-nội;Kế hoạch\n".getBytes(Charset.forName("windows-1258")));
    assertRefused(
        run(
            "batch",
            base.toString(),
            "--variants",
            csv.toString(),
            "-o",
            dir.resolve("out").toString()),
        csv + ": is not UTF-8 text");
    assertFalse(Files.exists(dir.resolve("out").resolve("hà-nội.docx")));
  }

  @Test
  void aCsvLargerThanTheLimitIsRefused() throws IOException {
    Path model =
        model(Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    Path csv = dir.resolve("lon.csv");
    try (var out = Files.newBufferedWriter(csv)) {
      String row = "1;" + "x".repeat(1000) + "\n";
      for (int i = 0; i <= CsvFile.MAX_BYTES / row.length(); i++) {
        out.write(row);
      }
    }
    String before = Files.readString(model);
    assertRefused(
        run("import-table", csv.toString(), "--into", model.toString()), csv + ": is larger than");
    assertEquals(before, Files.readString(model));
  }

  /** The model as JSON, as a clerk's other tools would write it. */
  private static String toJson(Path yaml) throws IOException {
    Object tree =
        new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
            .readValue(yaml.toFile(), Object.class);
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .writerWithDefaultPrettyPrinter()
        .writeValueAsString(tree);
  }

  private Path csv() throws IOException {
    return Files.writeString(
        dir.resolve("bang.csv"), "STT;Nội dung;Đơn vị chủ trì\n1;Rà soát;Sở Nội vụ\n");
  }

  private static void assertImportedTable(Run run, Path model) throws IOException {
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(model).contains("Rà soát"), Files.readString(model));
    try {
      Kehoach.compute(model);
    } catch (kehoach.model.PlanException e) {
      throw new AssertionError(e.getMessage() + "\n" + Files.readString(model));
    }
  }

  @Test
  void importTableIntoAModelWithAByteOrderMark() throws IOException {
    Path model =
        model(
            "\uFEFF"
                + Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    assertImportedTable(run("import-table", csv().toString(), "--into", model.toString()), model);
    assertTrue(Files.readString(model).startsWith("\uFEFF"), "the BOM is kept");
  }

  @Test
  void importTableIntoFlowRows() throws IOException {
    Path model =
        model(
            Models.withTable(
                "columns: [stt, content, lead]\nrows: [{content: Cũ}, {content: Cũ nữa}]\n"));
    assertImportedTable(run("import-table", csv().toString(), "--into", model.toString()), model);
    assertFalse(Files.readString(model).contains("Cũ"), Files.readString(model));
  }

  @Test
  void importTableIntoAJsonModelKeepsItJson() throws Exception {
    Path yaml =
        model(Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    Path json = dir.resolve("plan.json");
    Files.writeString(json, toJson(yaml));
    assertImportedTable(run("import-table", csv().toString(), "--into", json.toString()), json);
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(json));
  }
}
