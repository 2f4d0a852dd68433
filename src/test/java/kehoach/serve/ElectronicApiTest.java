package kehoach.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import kehoach.Models;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 2, in the API: {@code issue=electronic} and {@code signatureFields=true} on {@code
 * /api/render} and {@code /api/batch}, as {@code --issue electronic --signature-fields} on the
 * command line; other values are 400 with a message in Vietnamese.
 */
class ElectronicApiTest {
  private static final String VARIANTS = "file,document.place\nha-noi,Hà Nội\n";

  @TempDir static Path temp;
  private static Server server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    server = Server.start(ApiTest.options(temp.resolve("plans")), System.err);
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void renderIssuesElectronicallyWithFields() throws Exception {
    byte[] pdf = render("format=pdf&issue=electronic&signatureFields=true");
    PdfReader reader = new PdfReader(pdf);
    try {
      assertEquals(
          Set.of("ChuKyNguoiKy", "ChuKyCoQuan"),
          Set.copyOf(reader.getAcroFields().getAllFields().keySet()));
    } finally {
      reader.close();
    }
    String text = new String(render("format=txt&issue=electronic"), StandardCharsets.UTF_8);
    assertTrue(text.contains("ngày       tháng       năm 20…"), text);
    assertFalse(text.contains("05/KH-UBND"), text);
    String paper = new String(render("format=txt"), StandardCharsets.UTF_8);
    assertTrue(paper.contains("05/KH-UBND"), "paper by default: " + paper);
  }

  @Test
  void batchIssuesElectronically() throws Exception {
    HttpResponse<byte[]> r =
        http.multipart(
            "/api/batch?format=txt&issue=electronic",
            Http.parts(
                "base", Http.Part.file("base.yaml", Models.minimal()),
                "variants", Http.Part.file("v.csv", VARIANTS)));
    assertEquals(200, r.statusCode(), Http.text(r));
    String text = entry(r.body(), "ha-noi.txt");
    assertTrue(text.contains("Hà Nội, ngày       tháng       năm 20…"), text);
  }

  @Test
  void badValuesAre400InVietnamese() throws Exception {
    HttpResponse<byte[]> issue = http.post("/api/render?format=pdf&issue=fax", Models.minimal());
    assertEquals(400, issue.statusCode());
    assertTrue(
        Http.json(issue).get("message").asText().contains("issue=electronic"), Http.text(issue));
    HttpResponse<byte[]> fields =
        http.post("/api/render?format=pdf&issue=electronic&signatureFields=yes", Models.minimal());
    assertEquals(400, fields.statusCode());
    assertTrue(Http.json(fields).get("message").asText().contains("signatureFields=true"));
    HttpResponse<byte[]> paper =
        http.post("/api/render?format=pdf&signatureFields=true", Models.minimal());
    assertEquals(400, paper.statusCode());
    assertTrue(
        Http.json(paper).get("message").asText().contains("văn bản điện tử"), Http.text(paper));
    HttpResponse<byte[]> batch =
        http.multipart(
            "/api/batch?format=pdf&issue=giấy",
            Http.parts(
                "base", Http.Part.file("base.yaml", Models.minimal()),
                "variants", Http.Part.file("v.csv", VARIANTS)));
    assertEquals(400, batch.statusCode());
  }

  private static byte[] render(String query) throws Exception {
    HttpResponse<byte[]> r = http.post("/api/render?" + query, Models.minimal());
    assertEquals(200, r.statusCode(), Http.text(r));
    return r.body();
  }

  private static String entry(byte[] zip, String name) throws Exception {
    String text = ApiTest.unzip(zip).get(name);
    if (text == null) {
      throw new AssertionError("no " + name + " in the zip");
    }
    return text;
  }
}
