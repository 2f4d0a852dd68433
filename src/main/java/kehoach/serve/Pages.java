package kehoach.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The clerks' page and its files, from the classpath only ({@code /kehoach/web/}, webjars): the
 * page works on an office intranet with no CDN, and no request can name a file on disk.
 */
final class Pages {
  static final String WEB = "/kehoach/web/";
  static final String SCHEMA = "/kehoach/plan.schema.json";
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "mjs", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "woff2", "font/woff2",
          "map", "application/json; charset=utf-8");

  /** Shown at {@code /} when the page's files are not bundled (a build without them). */
  private static final String PLACEHOLDER =
      "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>kehoach</title>"
          + "<h1>kehoach</h1><p>Trang làm việc chưa được đóng gói trong bản dựng này; API vẫn"
          + " hoạt động (xem <a href=\"/api/openapi.json\">/api/openapi.json</a>).</p></html>";

  private Pages() {}

  static void register(Javalin app) {
    app.get("/", Pages::index);
    app.get("/static/{file}", Pages::file);
    app.get("/api/schema", ctx -> resource(ctx, SCHEMA, TYPES.get("json")));
    app.get("/api/openapi.json", ctx -> resource(ctx, "/kehoach/openapi.json", TYPES.get("json")));
  }

  private static void index(Context ctx) throws IOException {
    byte[] page = read(WEB + "index.html");
    ctx.contentType(TYPES.get("html"))
        .result(page != null ? page : PLACEHOLDER.getBytes(StandardCharsets.UTF_8));
  }

  private static void file(Context ctx) throws IOException {
    String name = ctx.pathParam("file");
    String type = TYPES.get(extension(name));
    if (!FILE.matcher(name).matches() || name.contains("..") || type == null) {
      throw new ApiException(404, "Không có tệp \"" + name + "\".");
    }
    resource(ctx, WEB + name, type);
  }

  private static void resource(Context ctx, String path, String type) throws IOException {
    byte[] bytes = read(path);
    if (bytes == null) {
      throw new ApiException(404, "Không có tệp \"" + path + "\" trong bản dựng này.");
    }
    ctx.contentType(type).result(bytes);
  }

  private static byte[] read(String path) throws IOException {
    try (InputStream in = Pages.class.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
