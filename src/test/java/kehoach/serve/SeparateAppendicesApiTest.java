package kehoach.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appendices=separate} on {@code /api/render}: a zip of the plan's file and each appendix's,
 * as {@code render --appendices separate} names them; for electronic issue only.
 */
class SeparateAppendicesApiTest {
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

  private static String ninhThuan() throws Exception {
    return Files.readString(Path.of("samples/ninh-thuan-2024.yaml"));
  }

  @Test
  void renderAnswersAZipOfThePlanAndItsAppendices() throws Exception {
    HttpResponse<byte[]> r =
        http.post(
            "/api/render?name=nt.yaml&format=txt&issue=electronic&appendices=separate",
            ninhThuan());
    assertEquals(200, r.statusCode(), Http.text(r));
    assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        r.headers().firstValue("Content-Disposition").orElse("").contains("nt.zip"),
        r.headers().toString());
    assertEquals(
        List.of("nt.bieu-chi-tiet.txt", "nt.phu-luc.txt", "nt.txt"),
        List.copyOf(Http.unzip(r.body()).keySet()));
  }

  @Test
  void separateOnPaperOrAnotherWordIs400() throws Exception {
    HttpResponse<byte[]> paper =
        http.post("/api/render?name=nt.yaml&format=pdf&appendices=separate", ninhThuan());
    assertEquals(400, paper.statusCode());
    assertTrue(
        Http.json(paper).get("message").asText().contains("issue=electronic"), Http.text(paper));
    HttpResponse<byte[]> word =
        http.post(
            "/api/render?name=nt.yaml&format=pdf&issue=electronic&appendices=rieng", ninhThuan());
    assertEquals(400, word.statusCode());
    assertTrue(Http.json(word).get("message").asText().contains("appendices=separate"));
  }
}
