package kehoach.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A client of a test's server, as an office system would call it. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;
  private final Optional<String> token;

  Http(Server server) {
    this(server, Optional.empty());
  }

  Http(Server server, Optional<String> token) {
    this.base = URI.create("http://127.0.0.1:" + server.port());
    this.token = token;
  }

  Http withToken(String t) {
    return new Http(base, Optional.of(t));
  }

  private Http(URI base, Optional<String> token) {
    this.base = base;
    this.token = token;
  }

  HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  HttpResponse<byte[]> delete(String path) throws IOException, InterruptedException {
    return send(request(path).DELETE());
  }

  HttpResponse<byte[]> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  HttpResponse<byte[]> post(String path, String yaml) throws IOException, InterruptedException {
    return post(path, "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> postJson(String path, Object body) throws IOException, InterruptedException {
    return post(path, "application/json", JSON.writeValueAsBytes(body));
  }

  HttpResponse<byte[]> putJson(String path, Object body) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
  }

  /** A multipart/form-data request: each value a file part (name → file name and bytes). */
  HttpResponse<byte[]> multipart(String path, Map<String, Part> parts)
      throws IOException, InterruptedException {
    String boundary = "kehoachTestBoundary7d1f";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, Part> e : parts.entrySet()) {
      Part p = e.getValue();
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + e.getKey()
              + "\""
              + (p.filename() == null ? "" : "; filename=\"" + p.filename() + "\"")
              + "\r\nContent-Type: application/octet-stream\r\n\r\n";
      body.write(head.getBytes(StandardCharsets.UTF_8));
      body.write(p.bytes());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  record Part(String filename, byte[] bytes) {
    static Part file(String name, String text) {
      return new Part(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Part field(String value) {
      return new Part(null, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  static Map<String, Part> parts(Object... nameAndPart) {
    Map<String, Part> parts = new LinkedHashMap<>();
    for (int i = 0; i < nameAndPart.length; i += 2) {
      parts.put((String) nameAndPart[i], (Part) nameAndPart[i + 1]);
    }
    return parts;
  }

  HttpRequest.Builder request(String path) {
    // a server that never answers fails the test instead of hanging it
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path)).timeout(java.time.Duration.ofSeconds(120));
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    return b;
  }

  HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** A zip's entries (an answer of /api/batch, or of a render in files of their own), by name. */
  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> out = new java.util.TreeMap<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }
}
