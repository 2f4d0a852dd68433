package kehoach.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import kehoach.model.PlanException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * The clerks' page in a real browser (headless Chromium driven by chromedriver), against a server
 * started in this process on a free port with a workspace of its own. Each test works on its own
 * copy of a small plan with a two-group budget (src/test/resources/page/grid.yaml), so the tests do
 * not depend on one another's order.
 *
 * <p>Debian's {@code chromium} and {@code chromium-driver} are required in CI ({@code .ci/run}
 * installs them); elsewhere, where they are absent, these tests are skipped with a notice.
 */
class PageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path FIXTURE = Path.of("src/test/resources/page/grid.yaml");
  private static final Path TASKS = Path.of("src/test/resources/page/tasks.yaml");
  private static final String BUDGET = "appendices[0].content[0].budget";
  private static final String TASK_ROWS = "appendices[1].content[0].table.rows[0].rows";
  private static final String TITLE = "Tổ chức hội nghị tập huấn năm 2024";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static Path workspace;
  private static Path downloads;
  private static Server server;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException, PlanException {
    requireBrowser();
    workspace = Files.createTempDirectory("kehoach-page");
    for (String name :
        List.of("grid", "outline", "bad", "download", "restore", "conflict", "indent", "lines")) {
      Files.copy(FIXTURE, workspace.resolve(name + ".yaml"));
    }
    for (String name : List.of("tasks", "tables")) {
      Files.copy(TASKS, workspace.resolve(name + ".yaml"));
    }
    for (String name : List.of("binned", "complete", "compare-base", "sheets", "fidelity", "pdf")) {
      Files.copy(FIXTURE, workspace.resolve(name + ".yaml"));
    }
    Files.writeString(
        workspace.resolve("compared.yaml"), Files.readString(FIXTURE).replace("2024\n", "2025\n"));
    downloads = Files.createTempDirectory("kehoach-page-downloads");
    server = Server.start(ServeOptions.defaults(workspace).withPort(0), System.err);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1500,1000");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  /** Skips with a notice where the browser is absent; fails under CI, which must have it. */
  private static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") != null) {
      assertTrue(present, "chromium and chromium-driver are required in CI; .ci/run installs them");
    }
    assumeTrue(
        present,
        "chromium or chromedriver is not installed (apt-get install chromium"
            + " chromium-driver); the page's browser tests are skipped");
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    for (Path folder : new Path[] {workspace, downloads}) {
      if (folder != null) {
        try (var files = Files.walk(folder)) {
          files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    }
  }

  /** A screenshot of where each test ended, to look at when one fails (target/page-browser/). */
  @AfterEach
  void screenshot(TestInfo test) throws IOException {
    if (driver == null) {
      return;
    }
    Path folder = Files.createDirectories(Path.of("target/page-browser"));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(folder.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
  }

  @Test
  void quantityInTheGridUpdatesSubtotalTotalWordsAndPreview() throws IOException {
    open("grid.yaml");
    int renders = renders();
    assertEquals("3.000.000", subtotal("rows[0]"));
    assertEquals("4.500.000", text(".grand-total"));

    type(BUDGET + ".rows[0].rows[1].quantity", "60"); // water: 50 → 60 at 20.000 đồng

    waitFor("the total 4.700.000", d -> text(".grand-total").equals("4.700.000"));
    assertEquals("3.200.000", subtotal("rows[0]"));
    assertEquals("1.500.000", subtotal("rows[1]"));
    assertEquals("Bốn triệu, bảy trăm nghìn đồng", text(".total-words"));
    waitFor("the preview rendered again", d -> renders() > renders);
    assertTrue(previewText().contains("4.700.000"), "the preview shows the new total");
    String original = Files.readString(FIXTURE);
    assertEquals(
        original.replace("quantity: 50\n", "quantity: 60\n"),
        file("grid.yaml"),
        "only the edited quantity changes in the file; comments and layout stay");
  }

  @Test
  void onlyThePagesAnEditChangesAreDrawnAgain() {
    open("sheets.yaml");
    List<WebElement> before = sheets();
    assertTrue(before.size() >= 2, "the plan and its budget appendix: " + before.size() + " pages");
    int renders = renders();

    type("title", "Tổ chức hội nghị tập huấn năm 2025");

    waitFor("the preview rendered again", d -> renders() > renders);
    List<WebElement> after = sheets();
    assertEquals(before.size(), after.size());
    assertFalse(before.get(0).equals(after.get(0)), "page 1, with the title, is drawn again");
    assertTrue(previewText().contains("năm 2025"));
    for (int i = 1; i < before.size(); i++) {
      assertEquals(before.get(i), after.get(i), "page " + (i + 1) + " did not change: kept");
    }
  }

  /**
   * The preview's page, as the browser draws it, is the PDF's page: both are taken to the same
   * pixel size (the browser's screenshot of page 1; poppler's rendering of the PDF's page 1 at that
   * size), and nearly every inked pixel of each has ink within a pixel in the other, in the page as
   * a whole and in each of its squares. The PDF's page 2 against page 1 shows the measure can fail.
   */
  @Test
  void thePreviewDrawsThePagesAsThePdfPrintsThem() throws Exception {
    driver.manage().window().setSize(new Dimension(1500, 1800)); // the whole page in view
    BufferedImage shown;
    try {
      open("fidelity.yaml");
      shown =
          ImageIO.read(new ByteArrayInputStream(sheets().get(0).getScreenshotAs(OutputType.BYTES)));
    } finally {
      driver.manage().window().setSize(new Dimension(1500, 1000));
    }
    Path pdf = downloads.resolve("fidelity.pdf");
    Files.write(pdf, post("/api/render?format=pdf&name=fidelity.yaml", file("fidelity.yaml")));

    BufferedImage printed = poppler(pdf, 1, shown.getWidth(), shown.getHeight());
    BufferedImage otherPage = poppler(pdf, 2, shown.getWidth(), shown.getHeight());
    Path folder = Files.createDirectories(Path.of("target/page-browser"));
    ImageIO.write(shown, "png", folder.resolve("fidelity-shown.png").toFile());
    ImageIO.write(printed, "png", folder.resolve("fidelity-printed.png").toFile());

    assertTrue(overlap(shown, printed) > 0.95, "shown vs PDF: " + overlap(shown, printed));
    assertTrue(overlap(printed, shown) > 0.95, "PDF vs shown: " + overlap(printed, shown));
    assertTrue(worstSquare(shown, printed) > 0.8, "worst: " + worstSquare(shown, printed));
    assertTrue(worstSquare(printed, shown) > 0.8, "worst: " + worstSquare(printed, shown));
    assertTrue(overlap(shown, otherPage) < 0.6, "page 1 vs page 2: " + overlap(shown, otherPage));
  }

  @Test
  void thePdfFileItselfCanBeShownWithPdfJs() {
    open("pdf.yaml");
    int renders = renders();

    new Select(driver.findElement(By.id("preview-mode"))).selectByValue("pdf");

    waitFor("the PDF drawn", d -> renders() > renders);
    waitFor(
        "its pages as canvases",
        d -> !d.findElements(By.cssSelector("#preview canvas.page")).isEmpty());
    assertTrue(sheets().isEmpty(), "the drawn pages are gone");

    new Select(driver.findElement(By.id("preview-mode"))).selectByValue("pages");
    waitFor("the pages again", d -> !sheets().isEmpty());
  }

  @Test
  void aSectionAddedAndMovedInTheOutlineIsWrittenToTheFile() throws IOException {
    open("outline.yaml");
    driver.findElement(By.xpath("//button[normalize-space()='+ Thêm mục']")).click();
    waitFor("the new section", d -> value("sections[1].title").equals("Mục mới"));
    By down =
        By.cssSelector(
            ".outline > li:first-child > .list-item > .item-actions button[title='Xuống dưới']");
    driver.findElement(down).click();

    waitFor("the sections swapped", d -> value("sections[0].title").equals("Mục mới"));
    assertEquals("Kinh phí thực hiện", value("sections[1].title"));
    String text = file("outline.yaml");
    assertTrue(text.indexOf("Mục mới") < text.indexOf("title: Kinh phí thực hiện"), text);
  }

  @Test
  void aBadValueShowsItsProblemAtTheField() {
    open("bad.yaml");
    String field = BUDGET + ".rows[1].rows[0].quantity";
    type(field, "nhiều");

    By problem = By.cssSelector("tr[data-path='" + BUDGET + ".rows[1].rows[0]'] .field-problem");
    WebElement shown =
        waitFor("the problem at the field", ExpectedConditions.visibilityOfElementLocated(problem));
    assertFalse(shown.getText().isBlank());
    assertTrue(
        driver
            .findElement(By.cssSelector("[data-path='" + field + "']"))
            .getDomAttribute("class")
            .contains("has-problem"));
  }

  @Test
  void theDownloadedDocxHasTheTotalShown() throws IOException, InterruptedException {
    open("download.yaml");
    type(BUDGET + ".rows[1].rows[0].price", "20.000"); // documents: 100 at 15.000 → 20.000
    waitFor("the total 5.000.000", d -> text(".grand-total").equals("5.000.000"));
    waitFor("the edit saved", d -> text("#save-state").equals("Đã lưu"));

    String href = driver.findElement(By.id("download-docx")).getDomAttribute("href");
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.address().resolve(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
      String tables =
          docx.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
      String totalRow =
          tables.lines().filter(l -> l.contains("TỔNG CỘNG")).findFirst().orElse("(none)");
      assertTrue(totalRow.contains("5.000.000"), totalRow);
    }
  }

  @Test
  void anEarlierVersionIsRestoredFromTheHistory() throws IOException {
    open("restore.yaml");
    String original = file("restore.yaml");
    WebElement title = field("title");
    title.sendKeys(Keys.END, " (sửa)");
    waitFor("the title edit saved", d -> fileContains("restore.yaml", "(sửa)"));

    driver.findElement(By.id("show-history")).click();
    List<WebElement> versions =
        waitFor(
            "the history list",
            ExpectedConditions.visibilityOfAllElementsLocatedBy(
                By.cssSelector("#history-list li")));
    versions.get(versions.size() - 1).findElement(By.cssSelector("button.restore")).click();

    waitFor("the original title back", d -> value("title").equals(TITLE));
    assertEquals(original, file("restore.yaml"));
  }

  @Test
  void aSaveFromASecondTabAfterAnotherSaveGetsTheConflictMessage() throws IOException {
    open("conflict.yaml");
    String first = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    open("conflict.yaml");
    field("title").sendKeys(Keys.END, " – bản của thẻ hai");
    waitFor(
        "the second tab's edit saved",
        d -> text("#save-state").equals("Đã lưu") && fileContains("conflict.yaml", "thẻ hai"));
    driver.close();
    driver.switchTo().window(first);

    driver.findElement(By.id("tab-yaml")).click();
    WebElement ace = driver.findElement(By.cssSelector("#yaml-editor textarea.ace_text-input"));
    driver.findElement(By.cssSelector("#yaml-editor .ace_content")).click();
    ace.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n# ghi chú của thẻ một");
    waitFor("unsaved typing", d -> text("#save-state").equals("Có thay đổi chưa lưu"));
    ace.sendKeys(Keys.chord(Keys.CONTROL, "s"));

    WebElement conflict =
        waitFor("the conflict", ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
    assertTrue(conflict.getText().contains("Kế hoạch đã được lưu ở nơi khác"), conflict.getText());
    assertTrue(fileContains("conflict.yaml", "thẻ hai"), "the other tab's save stays");
    assertFalse(fileContains("conflict.yaml", "thẻ một"), "the later save is refused");

    driver.findElement(By.id("conflict-keep")).click();
    waitFor("the first tab's text saved", d -> fileContains("conflict.yaml", "thẻ một"));
  }

  @Test
  void aSectionIndentedInTheOutlineBecomesAChildInTheFile() throws IOException {
    open("indent.yaml");
    driver.findElement(By.xpath("//button[normalize-space()='+ Thêm mục']")).click();
    waitFor("the new section", d -> value("sections[1].title").equals("Mục mới"));
    By indent =
        By.cssSelector(".outline > li:nth-child(2) > .list-item > .item-actions button.indent");
    assertEquals(
        "Thụt vào (thành mục con của mục trên)",
        driver.findElement(indent).getDomAttribute("title"));
    driver.findElement(indent).click();

    waitFor("the section indented", d -> value("sections[0].content[1].title").equals("Mục mới"));
    Object model = yaml(file("indent.yaml"));
    assertEquals(1, ((List<?>) at(model, "sections")).size());
    assertEquals("Mục mới", at(model, "sections", 0, "content", 1, "title"));
    By outdent =
        By.cssSelector(
            ".outline > li:first-child .content .list-item:nth-child(2) > .item-actions"
                + " button.outdent");
    driver.findElement(outdent).click();
    waitFor("the section out again", d -> value("sections[1].title").equals("Mục mới"));
    assertEquals(2, ((List<?>) at(yaml(file("indent.yaml")), "sections")).size());
  }

  @Test
  void aBudgetLineAddedToAGroupChangesItsSubtotalAndTheTotal() throws IOException {
    open("lines.yaml");
    String group = BUDGET + ".rows[1]";
    driver.findElement(By.cssSelector("tr[data-path='" + group + "'] button.add-line")).click();
    waitFor("the new line", d -> value(group + ".rows[1].content").equals("Khoản chi mới"));
    type(group + ".rows[1].price", "500.000");

    waitFor("the total 5.000.000", d -> text(".grand-total").equals("5.000.000"));
    assertEquals("2.000.000", subtotal("rows[1]"));
    assertEquals("Năm triệu đồng", text(".total-words"));
    Object line =
        at(yaml(file("lines.yaml")), "appendices", 0, "content", 0, "budget", "rows", 1, "rows", 1);
    assertEquals("500.000", at(line, "price"));
  }

  @Test
  void aTaskTableIsAGridWhoseEditedCellAloneChangesInTheFile() throws IOException {
    open("tasks.yaml");
    waitFor("the task table", d -> !d.findElements(By.cssSelector("table.tasks")).isEmpty());
    WebElement merged = field(TASK_ROWS + "[1].lead.text").findElement(By.xpath(".."));
    assertEquals("2", merged.getDomAttribute("colspan"), "a cell with span: 2 covers two columns");
    WebElement down = field(TASK_ROWS + "[1].time.text").findElement(By.xpath(".."));
    assertEquals("2", down.getDomAttribute("rowspan"), "a cell with rows: 2 covers two rows");
    assertTrue(
        driver.findElements(By.cssSelector("[data-path='" + TASK_ROWS + "[2].time']")).isEmpty(),
        "the covered cell is not drawn");
    WebElement groupRow =
        driver.findElement(
            By.cssSelector("tr.kind-group[data-path='appendices[1].content[0].table.rows[0]']"));
    assertEquals("700", groupRow.findElement(By.tagName("textarea")).getCssValue("font-weight"));
    waitFor(
        "the group's number",
        d -> groupRow.findElement(By.className("stt-label")).getText().equals("I"));
    assertEquals(
        List.of("1", "2", "3"),
        List.of(0, 1, 2).stream()
            .map(i -> field(TASK_ROWS + "[" + i + "].stt").getDomAttribute("placeholder"))
            .toList(),
        "the STT column shows the numbers kehoach prints");

    type(TASK_ROWS + "[0].partners", "Sở Tài chính, Sở Nội vụ");
    waitFor("the cell saved", d -> fileContains("tasks.yaml", "Sở Nội vụ"));
    type(TASK_ROWS + "[1].lead.text", "Các sở, ban, ngành");
    waitFor("the merged cell saved", d -> fileContains("tasks.yaml", "ban, ngành"));
    assertEquals(
        Files.readString(TASKS)
            .replace("partners: Sở Tài chính\n", "partners: Sở Tài chính, Sở Nội vụ\n")
            .replace("\"Các sở, ngành theo chức năng\"", "\"Các sở, ban, ngành\""),
        file("tasks.yaml"),
        "only the edited cells change in the file");
  }

  @Test
  void aTaskTableExportedToExcelAndImportedBackChangesThePlan() throws IOException {
    open("tables.yaml");
    driver.findElement(By.id("show-tables")).click();
    By second = By.cssSelector("#tables-list li:nth-child(2)");
    waitFor("the tables", ExpectedConditions.visibilityOfElementLocated(second));
    driver.findElement(second).findElement(By.xpath(".//button[.='Xuất ra Excel']")).click();
    Path sheet = downloads.resolve("tables-bang-2.xlsx");
    waitFor(
        "the exported workbook", d -> Files.isRegularFile(sheet) && sheet.toFile().length() > 0);

    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(sheet))) {
      Cell cell = cellWith(book.getSheetAt(0), "Sở Tài chính");
      cell.setCellValue("Sở Kế hoạch và Đầu tư");
      try (var out = Files.newOutputStream(downloads.resolve("edited.xlsx"))) {
        book.write(out);
      }
    }
    WebElement upload = driver.findElement(second).findElement(By.cssSelector("input[type=file]"));
    driver.executeScript("arguments[0].hidden = false;", upload);
    upload.sendKeys(downloads.resolve("edited.xlsx").toString());

    waitFor("the table imported", d -> fileContains("tables.yaml", "Sở Kế hoạch và Đầu tư"));
    waitFor("the form showing it", d -> value(TASK_ROWS + "[0].partners").contains("Kế hoạch"));
    assertFalse(fileContains("tables.yaml", "partners: Sở Tài chính\n"));
  }

  @Test
  void aPlanComparedWithAnotherShowsTheDifference() {
    open("compared.yaml");
    driver.findElement(By.id("show-compare")).click();
    WebElement form =
        waitFor(
            "the compare dialog",
            ExpectedConditions.visibilityOfElementLocated(By.id("compare-form")));
    waitFor(
        "the plans to compare with",
        d -> !d.findElements(By.cssSelector("option[value='compare-base.yaml']")).isEmpty());
    new Select(form.findElement(By.name("other"))).selectByValue("compare-base.yaml");
    form.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement change =
        waitFor(
            "the difference",
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#compare-result li.change")));
    assertTrue(change.getText().contains("2025"), change.getText());
    assertTrue(text("#compare-result").contains("compare-base.yaml"), text("#compare-result"));
    driver.findElement(By.cssSelector("#compare-dialog [data-close]")).click();
  }

  @Test
  void aDeletedPlanIsRestoredFromTheBin() throws IOException {
    String original = file("binned.yaml");
    driver.get(server.address().resolve("/#/").toString());
    By row = By.cssSelector("tr[data-name='binned.yaml']");
    waitFor("the plans list", ExpectedConditions.visibilityOfElementLocated(row));
    driver.findElement(row).findElement(By.cssSelector("button.danger")).click();
    driver.switchTo().alert().accept();
    waitFor("the plan in the bin", d -> !Files.exists(workspace.resolve("binned.yaml")));

    driver.findElement(By.id("show-bin")).click();
    By item = By.xpath("//ul[@id='bin-list']/li[contains(., 'binned.yaml')]");
    waitFor("the bin", ExpectedConditions.visibilityOfElementLocated(item));
    driver.findElement(item).findElement(By.xpath(".//button[.='Khôi phục']")).click();

    waitFor("the plan back", d -> Files.exists(workspace.resolve("binned.yaml")));
    assertEquals(original, file("binned.yaml"));
    driver.findElement(By.cssSelector("#bin-dialog [data-close]")).click();
  }

  @Test
  void theYamlViewOffersASchemaFieldName() {
    open("complete.yaml");
    driver.findElement(By.id("tab-yaml")).click();
    driver.findElement(By.cssSelector("#yaml-editor .ace_content")).click();
    WebElement ace = driver.findElement(By.cssSelector("#yaml-editor textarea.ace_text-input"));
    ace.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), Keys.ENTER, Keys.UP, "clos");

    WebElement popup =
        waitFor(
            "the completion popup",
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ace_autocomplete")));
    waitFor(
        "closing offered",
        d ->
            String.valueOf(driver.executeScript("return arguments[0].textContent;", popup))
                .contains("closing"));
    // the typing undone, so that the page leaves the plan without asking
    ace.sendKeys(Keys.ESCAPE);
    waitFor(
        "the text as saved",
        d -> {
          ace.sendKeys(Keys.chord(Keys.CONTROL, "z"));
          return text("#save-state").equals("Đã lưu");
        });
  }

  // ---- helpers ----

  /** The first cell of {@code sheet} holding {@code text}. */
  private static Cell cellWith(Sheet sheet, String text) {
    for (Row r : sheet) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return c;
        }
      }
    }
    throw new AssertionError("no cell holds " + text);
  }

  private static Object yaml(String text) {
    // every scalar as the text it is written as: "500.000" stays 500.000
    return new Load(LoadSettings.builder().setSchema(new FailsafeSchema()).build())
        .loadFromString(text);
  }

  /** The node of a parsed model at the keys (String) and indices (Integer) given. */
  private static Object at(Object node, Object... steps) {
    Object at = node;
    for (Object step : steps) {
      at = step instanceof Integer i ? ((List<?>) at).get(i) : ((Map<?, ?>) at).get(step);
    }
    return at;
  }

  private void open(String plan) {
    driver.get(server.address().resolve("/#/plan/" + plan).toString());
    waitFor("the budget grid", d -> !d.findElements(By.cssSelector(".grand-total")).isEmpty());
    waitFor("the first preview", d -> renders() > 0);
  }

  private static WebElement field(String path) {
    return driver.findElement(By.cssSelector("[data-path='" + path + "']"));
  }

  /** What a field of the form holds now. */
  private static String value(String path) {
    return field(path).getDomProperty("value");
  }

  /** Replaces a field's text as a clerk would: select all, type. */
  private static void type(String path, String value) {
    field(path).sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText().trim();
  }

  private static String subtotal(String row) {
    return text("tr[data-path='" + BUDGET + "." + row + "'] td.amount");
  }

  private static List<WebElement> sheets() {
    return driver.findElements(By.cssSelector("#preview canvas.sheet"));
  }

  /** The text of the preview's pages (each canvas holds its page's text, for screen readers). */
  private static String previewText() {
    return String.join(" ", sheets().stream().map(t -> t.getDomProperty("textContent")).toList());
  }

  private static byte[] post(String path, String body) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.address().resolve(path))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    return response.body();
  }

  /** A page of a PDF drawn by poppler at exactly {@code width} × {@code height} pixels. */
  private static BufferedImage poppler(Path pdf, int page, int width, int height)
      throws IOException, InterruptedException {
    Path prefix = pdf.resolveSibling("page-" + page);
    Process p =
        new ProcessBuilder(
                "pdftoppm",
                "-png",
                "-singlefile",
                "-f",
                "" + page,
                "-l",
                "" + page,
                "-scale-to-x",
                "" + width,
                "-scale-to-y",
                "" + height,
                pdf.toString(),
                prefix.toString())
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    assertEquals(0, p.waitFor(), "pdftoppm (poppler-utils) draws the PDF");
    return ImageIO.read(prefix.resolveSibling(prefix.getFileName() + ".png").toFile());
  }

  /** The share of {@code a}'s inked pixels that have ink within one pixel in {@code b}. */
  private static double overlap(BufferedImage a, BufferedImage b) {
    return overlap(a, b, 0, 0, a.getWidth(), a.getHeight());
  }

  /**
   * The least {@link #overlap} of the 40-pixel squares of {@code a} that hold some ink: a piece of
   * text drawn a few pixels off (such as spaces lost) shows here, where it is lost in the page's
   * whole.
   */
  private static double worstSquare(BufferedImage a, BufferedImage b) {
    double worst = 1;
    for (int y = 0; y < a.getHeight(); y += 40) {
      for (int x = 0; x < a.getWidth(); x += 40) {
        int w = Math.min(40, a.getWidth() - x);
        int h = Math.min(40, a.getHeight() - y);
        if (inked(a, x, y, w, h) >= 40) {
          worst = Math.min(worst, overlap(a, b, x, y, w, h));
        }
      }
    }
    return worst;
  }

  private static int inked(BufferedImage a, int x0, int y0, int w, int h) {
    int inked = 0;
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w; x++) {
        inked += ink(a, x, y) ? 1 : 0;
      }
    }
    return inked;
  }

  private static double overlap(BufferedImage a, BufferedImage b, int x0, int y0, int w, int h) {
    int inked = 0;
    int matched = 0;
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w; x++) {
        if (ink(a, x, y)) {
          inked++;
          matched += inkNear(b, x, y) ? 1 : 0;
        }
      }
    }
    return inked == 0 ? 0 : (double) matched / inked;
  }

  /**
   * Whether some grey is within a pixel of (x, y): two renderers smooth a glyph's edges alike but
   * not to the same darkness, so the pixel matched needs only be darker than the paper's halo.
   */
  private static boolean inkNear(BufferedImage image, int x, int y) {
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int nx = x + dx;
        int ny = y + dy;
        if (nx >= 0
            && ny >= 0
            && nx < image.getWidth()
            && ny < image.getHeight()
            && luminance(image, nx, ny) < 190) {
          return true;
        }
      }
    }
    return false;
  }

  /** Dark enough to be text or a rule, not the antialiased halo around it. */
  private static boolean ink(BufferedImage image, int x, int y) {
    return luminance(image, x, y) < 110;
  }

  private static int luminance(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
  }

  private static int renders() {
    return Integer.parseInt(driver.findElement(By.id("preview")).getDomAttribute("data-renders"));
  }

  private static String file(String name) throws IOException {
    return Files.readString(workspace.resolve(name), StandardCharsets.UTF_8);
  }

  private static boolean fileContains(String name, String words) {
    try {
      return file(name).contains(words);
    } catch (IOException e) {
      return false;
    }
  }

  /** Waits for {@code condition}; a timeout names {@code what} was awaited. */
  private static <T> T waitFor(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .withMessage(what)
        .ignoring(RuntimeException.class)
        .until(condition);
  }
}
