package kehoach.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stateless API, through a real HTTP client, as an office system calls it. */
class ApiTest {
  private static final String SAMPLE = "samples/ninh-thuan-2024.yaml";
  private static final String BAD_PLACE =
      Models.minimal().replace("place: Lào Cai", "place: [a, b]");

  @TempDir static Path temp;
  private static Server server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    server = Server.start(options(temp.resolve("plans")), System.err);
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static ServeOptions options(Path workspace) {
    return ServeOptions.defaults(workspace)
        .withPort(0)
        .withLimits(2, 4, Duration.ofSeconds(120), 1 << 20);
  }

  private static String sample() throws IOException {
    return Files.readString(Path.of(SAMPLE));
  }

  @Test
  void healthSaysOkAndTheVersion() throws Exception {
    HttpResponse<byte[]> r = http.get("/health");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode body = Http.json(r);
    assertEquals("ok", body.get("status").asText());
    assertEquals(Kehoach.version(), body.get("version").asText());
  }

  @Test
  void checkOfACorrectModelFindsNoProblems() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/check?name=ninh-thuan-2024.yaml", sample());
    assertEquals(200, r.statusCode(), Http.text(r));
    assertEquals(0, Http.json(r).get("count").asInt());
    assertEquals(0, Http.json(r).get("problems").size());
  }

  @Test
  void checkGivesTheProblemsAsCheckFindsThemInTheirOrder() throws Exception {
    String model = BAD_PLACE.replace("quantity: 2", "quantiy: 2");
    List<Problem> expected =
        assertThrows(PlanException.class, () -> Kehoach.compute("bad.yaml", model)).problems();
    JsonNode body = Http.json(http.post("/api/check?name=bad.yaml", model));
    assertEquals(expected.size(), body.get("count").asInt());
    assertEquals(2, expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode p = body.get("problems").get(i);
      Problem e = expected.get(i);
      assertEquals(e.location().line(), p.get("line").asInt());
      assertEquals(e.location().column(), p.get("column").asInt());
      assertEquals(e.path(), p.get("field").asText());
      assertEquals(e.message(), p.get("message").asText());
    }
    assertEquals("document.place", body.get("problems").get(0).get("field").asText());
  }

  @Test
  void checkReadsJsonByContentType() throws Exception {
    String json = "{\"title\": 5}";
    JsonNode body =
        Http.json(
            http.post("/api/check", "application/json", json.getBytes(StandardCharsets.UTF_8)));
    assertTrue(body.get("count").asInt() > 0);
    assertEquals(1, body.get("problems").get(0).get("line").asInt());
  }

  @Test
  void computeGivesTheBudgetAsPrinted() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/compute?name=ninh-thuan-2024.yaml", sample());
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode plan = Http.json(r).get("plan");
    assertEquals(0, Http.json(r).get("problems").size());
    assertTrue(plan.get("title").asText().startsWith("Tổng thể nâng cao năng suất"));
    assertEquals("", plan.get("number").asText());
    JsonNode budget = plan.get("budgets").get(0);
    assertEquals("74.580.000", budget.get("total").asText());
    assertEquals("TỔNG CỘNG (1+2+3)", budget.get("totalLabel").asText());
    assertTrue(budget.get("totalInWords").asText().startsWith("Bảy mươi bốn triệu"));
    assertEquals("đồng", budget.get("unit").asText());
    assertTrue(budget.get("title").asText().startsWith("Kế hoạch tổng thể"), budget.toString());
    JsonNode first = budget.get("rows").get(0);
    assertEquals("group", first.get("kind").asText());
    assertEquals("1", first.get("stt").asText());
    assertEquals("6.960.000", first.get("amount").asText());
    assertEquals(0, first.get("level").asInt());
  }

  @Test
  void computeOfTheMinimalPlanShowsNumberDateAndLines() throws Exception {
    JsonNode plan = Http.json(http.post("/api/compute", Models.minimal())).get("plan");
    assertEquals("05/KH-UBND", plan.get("number").asText());
    assertEquals("ngày 05 tháng 01 năm 2026", plan.get("date").asText());
    JsonNode line = plan.get("budgets").get(0).get("rows").get(1);
    assertEquals("line", line.get("kind").asText());
    assertEquals("2", line.get("quantity").asText());
    assertEquals("1.000.000", line.get("price").asText());
    assertEquals("2.000.000", line.get("amount").asText());
    assertEquals(1, line.get("level").asInt());
    assertTrue(
        line.get("path").asText().startsWith("appendices[0].content[0].budget.rows[0].rows["));
    assertEquals("Dự toán kinh phí", plan.get("budgets").get(0).get("title").asText());
  }

  @Test
  void computeGivesTheFiguresWhenOnlyStatedOnesDisagree() throws Exception {
    String changed =
        sample().replace("quantity: 5, price: 1.000.000}", "quantity: 6, price: 1.000.000}");
    JsonNode body = Http.json(http.post("/api/compute?name=nt.yaml", changed));
    List<String> fields = new ArrayList<>();
    body.get("problems").forEach(p -> fields.add(p.get("field").asText()));
    assertEquals(
        List.of(
            "appendices[1].content[0].budget.rows[0].amount",
            "appendices[1].content[0].budget.total"),
        fields);
    JsonNode budget = body.get("plan").get("budgets").get(0);
    assertEquals("75.580.000", budget.get("total").asText());
    assertEquals("7.960.000", budget.get("rows").get(0).get("amount").asText());
  }

  @Test
  void computeOfABadModelGivesProblemsAndNoPlan() throws Exception {
    JsonNode body = Http.json(http.post("/api/compute", BAD_PLACE));
    assertTrue(body.get("plan").isNull());
    assertEquals("document.place", body.get("problems").get(0).get("field").asText());
  }

  @Test
  void renderGivesTheFileAsAnAttachment() throws Exception {
    HttpResponse<byte[]> r =
        http.post("/api/render?format=docx&name=lao-cai.yaml", Models.minimal());
    assertEquals(200, r.statusCode(), Http.text(r));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        r.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .startsWith("attachment; filename=\"lao-cai.docx\""));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertTrue(text.getText().contains("2.500.000"), text.getText());
    }
  }

  @Test
  void renderToPdfAndText() throws Exception {
    HttpResponse<byte[]> pdf = http.post("/api/render?format=pdf", Models.minimal());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    HttpResponse<byte[]> txt = http.post("/api/render?format=txt", Models.minimal());
    assertTrue(Http.text(txt).contains("Hai triệu, năm trăm nghìn đồng"), Http.text(txt));
  }

  @Test
  void renderOfABadModelIs422WithTheProblems() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/render?format=pdf", BAD_PLACE);
    assertEquals(422, r.statusCode());
    assertEquals("document.place", Http.json(r).get("problems").get(0).get("field").asText());
    assertEquals(1, Http.json(r).get("count").asInt());
  }

  @Test
  void pagesAreThePdfsPagesAsWhatToDraw() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/pages?name=ninh-thuan-2024.yaml", sample());
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode pages = Http.json(r).get("pages");
    byte[] pdf = http.post("/api/render?format=pdf", sample()).body();
    assertEquals(new com.lowagie.text.pdf.PdfReader(pdf).getNumberOfPages(), pages.size());
    assertEquals("", pages.get(0).get("number").asText(), "no number on page 1");
    assertEquals("2", pages.get(1).get("number").asText());
    assertEquals(595.28, pages.get(0).get("width").asDouble(), 0.01, "A4 in points");
    JsonNode motto = pages.get(0).get("text").get(2);
    assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto.get(4).asText(), motto.toString());
    assertEquals(1, motto.get(0).asInt(), "bold");
    assertEquals(13, motto.get(1).asDouble(), "13 pt");
    assertEquals(5, pages.get(0).get("lines").get(0).size(), "x1, y1, x2, y2, width");
    assertEquals(
        pages.get(4).get("key").asText(),
        Http.json(http.post("/api/pages", sample())).get("pages").get(4).get("key").asText(),
        "the same page, the same key");
    assertFalse(pages.get(0).get("key").asText().equals(pages.get(1).get("key").asText()));
  }

  @Test
  void metadataIsWhatRenderMetadataWrites() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/metadata?name=ninh-thuan-2024.yaml", sample());
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode m = Http.json(r);
    assertEquals("KH-UBND", m.get("notation").asText());
    assertEquals("Ủy ban nhân dân tỉnh Ninh Thuận", m.get("organName").asText());
    assertEquals(
        Http.json(http.post("/api/pages", sample())).get("pages").size(),
        m.get("pageCount").asInt(),
        "the pages the PDF has");
    assertEquals(
        Files.readString(Path.of("docs/metadata.md")).contains(Http.text(r).strip()),
        true,
        "the same JSON as docs/metadata.md shows for this sample");
    assertEquals(422, http.post("/api/metadata", BAD_PLACE).statusCode());
  }

  @Test
  void pagesOfABadModelIs422WithTheProblems() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/pages", BAD_PLACE);
    assertEquals(422, r.statusCode());
    assertEquals("document.place", Http.json(r).get("problems").get(0).get("field").asText());
  }

  @Test
  void computeGivesTheNumbersATaskTablePrints() throws Exception {
    String tasks = Files.readString(Path.of("src/test/resources/page/tasks.yaml"));
    JsonNode numbers = Http.json(http.post("/api/compute", tasks)).get("plan").get("rowNumbers");
    String rows = "appendices[1].content[0].table.rows[0]";
    assertEquals("I", numbers.get(rows).asText());
    assertEquals("1", numbers.get(rows + ".rows[0]").asText());
    assertEquals("3", numbers.get(rows + ".rows[2]").asText());
  }

  @Test
  void anUnknownFormatOrABadNameIs400() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/render?format=odt", Models.minimal());
    assertEquals(400, r.statusCode());
    assertTrue(Http.json(r).get("message").asText().contains("docx, pdf, txt"));
    assertEquals(400, http.post("/api/check?name=../x.yaml", Models.minimal()).statusCode());
    assertEquals(400, http.post("/api/check?name=x.txt", Models.minimal()).statusCode());
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    byte[] big = new byte[(1 << 20) + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<byte[]> r = http.post("/api/check", "application/yaml", big);
    assertEquals(413, r.statusCode());
    assertTrue(Http.json(r).get("message").asText().contains("giới hạn"));
  }

  @Test
  void aChunkedBodyOverTheLimitIs413() throws Exception {
    byte[] big = new byte[(1 << 20) + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<byte[]> r =
        http.send(
            http.request("/api/check")
                .header("Content-Type", "application/yaml")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big))));
    assertEquals(413, r.statusCode());
  }

  @Test
  void diffComparesTwoModelsAsDiffJsonDoes() throws Exception {
    String newer = Models.minimal().replace("quantity: 2", "quantity: 3");
    HttpResponse<byte[]> r =
        http.multipart(
            "/api/diff",
            Http.parts(
                "old", Http.Part.file("old.yaml", Models.minimal()),
                "new", Http.Part.file("new.yaml", newer)));
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode diff = Http.json(r);
    assertEquals("old.yaml", diff.get("oldName").asText());
    assertEquals("new.yaml", diff.get("newName").asText());
    assertTrue(diff.toString().contains("3.500.000"), diff.toString());
  }

  @Test
  void diffGivesTheRedline() throws Exception {
    String newer = Models.minimal().replace("quantity: 2", "quantity: 3");
    HttpResponse<byte[]> r =
        http.multipart(
            "/api/diff?format=redline",
            Http.parts(
                "old", Http.Part.file("old.yaml", Models.minimal()),
                "new", Http.Part.file("new.yaml", newer)));
    assertEquals(200, r.statusCode(), Http.text(r));
    assertTrue(
        r.headers().firstValue("Content-Disposition").orElseThrow().contains("new-redline.docx"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
      assertNotNull(doc.getDocument());
    }
  }

  @Test
  void diffWithoutAPartIs400AndOfABadModelIs422() throws Exception {
    HttpResponse<byte[]> missing =
        http.multipart("/api/diff", Http.parts("old", Http.Part.file("a.yaml", Models.minimal())));
    assertEquals(400, missing.statusCode());
    assertTrue(Http.json(missing).get("message").asText().contains("\"new\""));
    HttpResponse<byte[]> bad =
        http.multipart(
            "/api/diff",
            Http.parts(
                "old", Http.Part.file("a.yaml", Models.minimal()),
                "new", Http.Part.file("b.yaml", BAD_PLACE)));
    assertEquals(422, bad.statusCode());
    assertEquals("document.place", Http.json(bad).get("problems").get(0).get("field").asText());
    HttpResponse<byte[]> foreign =
        http.multipart(
            "/api/diff",
            Http.parts(
                "old", Http.Part.file("a.exe", "MZ"),
                "new", Http.Part.file("b.yaml", Models.minimal())));
    assertEquals(422, foreign.statusCode());
  }

  @Test
  void batchRendersAZipOfModelsWithTheReport() throws Exception {
    byte[] zip =
        zip(
            Map.of(
                "a.yaml", Models.minimal().getBytes(StandardCharsets.UTF_8),
                "sub/b.yaml", BAD_PLACE.getBytes(StandardCharsets.UTF_8),
                "notes.txt", "ignored".getBytes(StandardCharsets.UTF_8)));
    HttpResponse<byte[]> r = http.post("/api/batch?format=txt", "application/zip", zip);
    assertEquals(200, r.statusCode(), Http.text(r));
    Map<String, String> out = unzip(r.body());
    assertEquals(List.of("a.txt", "report.csv"), out.keySet().stream().sorted().toList());
    String report = out.get("report.csv");
    assertTrue(report.contains("a.yaml,ok"), report);
    assertTrue(report.contains("sub/b.yaml,failed"), report);
    assertFalse(report.contains("kehoach-serve-"), report);
  }

  @Test
  void batchRendersVariantsOfABaseModel() throws Exception {
    String variants = "file,document.place\nha-noi,Hà Nội\nhue,Huế\n";
    HttpResponse<byte[]> r =
        http.multipart(
            "/api/batch?format=txt",
            Http.parts(
                "base", Http.Part.file("base.yaml", Models.minimal()),
                "variants", Http.Part.file("v.csv", variants)));
    assertEquals(200, r.statusCode(), Http.text(r));
    Map<String, String> out = unzip(r.body());
    assertTrue(out.get("hue.txt").contains("Huế"), out.keySet().toString());
    assertTrue(out.containsKey("ha-noi.txt"));
    assertFalse(out.get("report.csv").contains("kehoach-serve-"), out.get("report.csv"));
  }

  @Test
  void aZipBombIsRefusedWith413() throws Exception {
    byte[] zeros = new byte[64 << 20];
    byte[] bomb = zip(Map.of("bomb.yaml", zeros));
    assertTrue(bomb.length < (1 << 20), "the bomb itself is small: " + bomb.length);
    HttpResponse<byte[]> r = http.post("/api/batch", "application/zip", bomb);
    assertEquals(413, r.statusCode(), Http.text(r));
    assertTrue(Http.json(r).get("message").asText().contains("bomb.yaml"));
  }

  @Test
  void zipEntriesNamedOutOfTheirFolderAreRefusedWith422() throws Exception {
    for (String name : List.of("../escape.yaml", "/etc/escape.yaml", "a/../../escape.yaml")) {
      byte[] zip = zip(Map.of(name, Models.minimal().getBytes(StandardCharsets.UTF_8)));
      HttpResponse<byte[]> r = http.post("/api/batch", "application/zip", zip);
      assertEquals(422, r.statusCode(), name + ": " + Http.text(r));
      assertTrue(Http.json(r).get("message").asText().contains(name));
    }
    assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "escape.yaml")));
  }

  @Test
  void aZipWithoutModelsOrNotAZipIs422() throws Exception {
    byte[] empty = zip(Map.of("readme.txt", new byte[] {'x'}));
    assertEquals(422, http.post("/api/batch", "application/zip", empty).statusCode());
    HttpResponse<byte[]> notZip =
        http.post("/api/batch", "application/zip", "hello".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, notZip.statusCode(), Http.text(notZip));
  }

  @Test
  void aFullQueueIs429WithRetryAfter() throws Exception {
    ServeOptions one =
        options(temp.resolve("busy")).withLimits(1, 0, Duration.ofSeconds(60), 1 << 20);
    try (Server busy = Server.start(one, System.err)) {
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch running = new CountDownLatch(1);
      busy.pool()
          .executor()
          .submit(
              () -> {
                running.countDown();
                release.await();
                return null;
              });
      running.await();
      try {
        HttpResponse<byte[]> r = new Http(busy).post("/api/render?format=txt", Models.minimal());
        assertEquals(429, r.statusCode());
        assertEquals("5", r.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(Http.json(r).get("message").asText().contains("bận"));
      } finally {
        release.countDown();
      }
    }
  }

  @Test
  void aRequestPastTheTimeLimitIs503() throws Exception {
    ServeOptions quick =
        options(temp.resolve("quick")).withLimits(1, 0, Duration.ofMillis(1), 1 << 20);
    try (Server impatient = Server.start(quick, System.err)) {
      HttpResponse<byte[]> r = new Http(impatient).post("/api/render?format=pdf", sample());
      assertEquals(503, r.statusCode());
      assertTrue(Http.json(r).get("message").asText().contains("1 ms"));
    }
  }

  @Test
  void withATokenTheApiNeedsItAndTheHealthCheckDoesNot() throws Exception {
    ServeOptions guarded = options(temp.resolve("guarded")).withToken(Optional.of("s3cret-token"));
    try (Server s = Server.start(guarded, System.err)) {
      Http anonymous = new Http(s);
      HttpResponse<byte[]> none = anonymous.post("/api/check", Models.minimal());
      assertEquals(401, none.statusCode());
      assertTrue(Http.json(none).get("message").asText().contains("Authorization"));
      assertEquals(
          401, anonymous.withToken("s3cret-tokeN").post("/api/check", "x: 1").statusCode());
      assertEquals(401, anonymous.withToken("s3cret").get("/api/schema").statusCode());
      assertEquals(200, anonymous.withToken("s3cret-token").get("/api/schema").statusCode());
      assertEquals(200, anonymous.get("/health").statusCode());
      assertEquals(200, anonymous.get("/").statusCode());
    }
  }

  @Test
  void anotherHostWithoutATokenIsRefused() {
    ServeOptions open = options(temp.resolve("open")).withHost("0.0.0.0");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Server.start(open, System.err));
    assertTrue(e.getMessage().contains("--token"), e.getMessage());
    assertTrue(e.getMessage().contains("KEHOACH_TOKEN"), e.getMessage());
  }

  @Test
  void unknownAddressesAre404InJson() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/nothing-here");
    assertEquals(404, r.statusCode());
    assertTrue(Http.json(r).get("message").asText().contains("/api/nothing-here"));
    HttpResponse<byte[]> traversal = http.get("/static/..%2Fopenapi.json");
    assertTrue(List.of(400, 404).contains(traversal.statusCode()), Http.text(traversal));
    assertFalse(Http.text(traversal).contains("\"paths\""));
    assertEquals(404, http.get("/static/nothing.js").statusCode());
  }

  @Test
  void thePageAndItsLibrariesAreServedFromTheClasspath() throws Exception {
    HttpResponse<byte[]> page = http.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(Http.text(page).contains("<html"));
    HttpResponse<byte[]> module = http.get("/webjars/js-yaml/4.1.0/dist/js-yaml.mjs");
    assertEquals(200, module.statusCode());
    assertTrue(
        module.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
  }

  @Test
  void theSchemaIsTheOnePublished() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/schema");
    assertEquals(200, r.statusCode());
    assertEquals(
        Http.JSON.readTree(Files.readString(Path.of("schema/plan.schema.json"))), Http.json(r));
  }

  @Test
  void everyRouteIsDescribedInTheOpenApiDocument() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/openapi.json");
    assertEquals(200, r.statusCode());
    JsonNode doc = Http.json(r);
    assertTrue(doc.get("openapi").asText().startsWith("3.0"));
    List<String> missing = new ArrayList<>();
    for (String route : server.routes()) {
      String[] methodAndPath = route.split(" ", 2);
      JsonNode path = doc.get("paths").get(methodAndPath[1]);
      if (path == null || path.get(methodAndPath[0].toLowerCase(java.util.Locale.ROOT)) == null) {
        missing.add(route);
      }
    }
    assertTrue(server.routes().size() >= 27, server.routes().toString());
    assertEquals(List.of(), missing);
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A zip's entries as UTF-8 text, by name in order. */
  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    Http.unzip(zip)
        .forEach((name, bytes) -> out.put(name, new String(bytes, StandardCharsets.UTF_8)));
    return out;
  }
}
