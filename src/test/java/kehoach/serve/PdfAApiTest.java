package kehoach.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import kehoach.Models;
import kehoach.pdf.PdfWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the API's PDFs are PDF/A-2b unless a request asks {@code pdfa=false}, on {@code
 * /api/render} and {@code /api/batch} alike; PDF/A costs about one hundredth of the render time
 * (docs/pdfa.md).
 */
class PdfAApiTest {
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
  void renderWritesPdfAUnlessAskedNotTo() throws Exception {
    assertTrue(PdfWriter.claimsPdfA(render("")), "PDF/A by default");
    assertTrue(PdfWriter.claimsPdfA(render("&pdfa=true")));
    assertFalse(PdfWriter.claimsPdfA(render("&pdfa=false")));
  }

  @Test
  void batchWritesPdfAUnlessAskedNotTo() throws Exception {
    assertTrue(PdfWriter.claimsPdfA(batchPdf("")), "PDF/A by default");
    assertFalse(PdfWriter.claimsPdfA(batchPdf("&pdfa=false")));
  }

  @Test
  void aPdfaThatIsNeitherTrueNorFalseIs400() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/render?format=pdf&pdfa=yes", Models.minimal());
    assertEquals(400, r.statusCode());
    assertTrue(Http.json(r).get("message").asText().contains("pdfa=true"), Http.text(r));
    HttpResponse<byte[]> b =
        http.multipart(
            "/api/batch?format=pdf&pdfa=1",
            Http.parts(
                "base", Http.Part.file("base.yaml", Models.minimal()),
                "variants", Http.Part.file("v.csv", VARIANTS)));
    assertEquals(400, b.statusCode());
  }

  private static byte[] render(String query) throws Exception {
    HttpResponse<byte[]> r = http.post("/api/render?format=pdf" + query, Models.minimal());
    assertEquals(200, r.statusCode(), Http.text(r));
    return r.body();
  }

  private static byte[] batchPdf(String query) throws Exception {
    HttpResponse<byte[]> r =
        http.multipart(
            "/api/batch?format=pdf" + query,
            Http.parts(
                "base", Http.Part.file("base.yaml", Models.minimal()),
                "variants", Http.Part.file("v.csv", VARIANTS)));
    assertEquals(200, r.statusCode(), Http.text(r));
    return Http.unzip(r.body()).get("ha-noi.pdf");
  }
}
