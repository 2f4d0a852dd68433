package kehoach.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests Jetty refuses before any route sees them (a malformed request line, an ambiguous encoded
 * path, headers too large): an office system gets JSON {@code {"message"}} with the status, like
 * every other error, never Jetty's HTML page or a stack trace.
 */
class BadRequestTest {
  @TempDir static Path temp;
  private static Server server;

  @BeforeAll
  static void start() throws Exception {
    server = Server.start(ApiTest.options(temp.resolve("plans")), System.err);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anEncodedTraversalOfStaticFilesIsA400InJson() throws Exception {
    HttpResponse<String> r = get("/static/..%2F..%2Fetc%2Fpasswd");
    assertJsonError(
        400, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  @Test
  void anAmbiguousEncodedPathIsA400InJson() throws Exception {
    for (String path : new String[] {"/api/plans/%2e%2e%2fx.yaml/history", "/foo%00", "/%"}) {
      Raw r = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertJsonError(400, r.status(), r.header("content-type"), r.body());
    }
  }

  @Test
  void headersTooLargeAre431InJson() throws Exception {
    String big = "a".repeat(20_000);
    Raw r = raw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + big + "\r\nConnection: close\r\n\r\n");
    assertJsonError(431, r.status(), r.header("content-type"), r.body());
  }

  @Test
  void aUriTooLongIs414InJson() throws Exception {
    String path = "/" + "a".repeat(20_000);
    Raw r = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertJsonError(414, r.status(), r.header("content-type"), r.body());
  }

  @Test
  void aMalformedRequestIs400InJson() throws Exception {
    for (String request :
        new String[] {
          "GARBAGE\r\n\r\n",
          "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", // no Host
          "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n"
        }) {
      Raw r = raw(request);
      assertJsonError(400, r.status(), r.header("content-type"), r.body());
    }
  }

  @Test
  void aBrokenChunkedBodyIs400InJson() throws Exception {
    Raw r =
        raw(
            "POST /api/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\nzz\r\n");
    assertJsonError(400, r.status(), r.header("content-type"), r.body());
  }

  private static void assertJsonError(int status, int actual, String type, String body)
      throws IOException {
    assertEquals(status, actual, body);
    assertTrue(type.startsWith("application/json"), type + ": " + body);
    JsonNode json = Json.MAPPER.readTree(body);
    assertEquals(1, json.size(), body);
    String message = json.get("message").asText();
    assertFalse(message.isBlank(), body);
    assertFalse(body.contains("<"), body);
    assertFalse(body.contains("at org.eclipse"), body);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A response read off a raw socket, for requests no HTTP client would send. */
  private record Raw(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).toLowerCase(Locale.ROOT).equals(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return "";
    }
  }

  private static Raw raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String response = all.toString(StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String head = response.substring(0, end);
      return new Raw(Integer.parseInt(head.substring(9, 12)), head, response.substring(end + 4));
    }
  }
}
