package kehoach.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kehoach.Kehoach;
import kehoach.model.PlanException;
import kehoach.render.Renderer;
import kehoach.workspace.Workspace;
import kehoach.workspace.WorkspaceException;

/**
 * A running {@code kehoach serve}: the page, the API and the workspace routes on one embedded Jetty
 * (through Javalin), with one renderer shared by a bounded pool of workers.
 *
 * <p>Who may call: {@code /health} and the page's own files are open to anyone who reaches the
 * server (a load balancer's health check has no token; the page takes its token from its URL);
 * everything under {@code /api/} needs the token when the server has one.
 */
public final class Server implements AutoCloseable {
  private static final Set<String> ROUTE_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
  private final Javalin app;
  private final RenderPool pool;
  private final ServeOptions options;
  private final List<String> routes;

  private Server(Javalin app, RenderPool pool, ServeOptions options, List<String> routes) {
    this.app = app;
    this.pool = pool;
    this.options = options;
    this.routes = List.copyOf(routes);
  }

  /**
   * Starts a server with {@code options}, its workspace made (with the bundled samples) if new.
   *
   * @throws IllegalArgumentException when the host is reachable from elsewhere and there is no
   *     token: an open workspace on an office network is refused, not started
   * @throws PlanException when the office's templates have problems
   */
  public static Server start(ServeOptions options, PrintStream log)
      throws PlanException, IOException {
    refusal(options)
        .ifPresent(
            message -> {
              throw new IllegalArgumentException(message);
            });
    Renderer renderer = new Renderer(options.templates());
    Workspace workspace = Workspace.open(options.workspace(), renderer);
    RenderPool pool = new RenderPool(options.workers(), options.queue(), options.timeLimit());
    Bodies bodies = new Bodies(options.maxBody());
    AccessToken token = new AccessToken(options.token());
    List<String> routes = new ArrayList<>();
    Javalin app =
        Javalin.create(
            config -> {
              configure(config, options);
              config.events.handlerAdded(h -> route(h).ifPresent(routes::add));
            });
    app.before(bodies::checkDeclared);
    app.before("/api/*", token::check);
    app.get("/health", Server::health);
    Pages.register(app);
    new StatelessApi(renderer, options.templates(), pool, bodies).register(app);
    new WorkspaceApi(workspace, renderer, options.templates(), pool, bodies).register(app);
    handleErrors(app, log);
    try {
      app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      pool.close(); // a port taken, an address not of this machine
      throw e;
    }
    return new Server(app, pool, options, routes);
  }

  /** Why {@code options} cannot be served, if they cannot. */
  public static Optional<String> refusal(ServeOptions options) {
    if (!options.loopback() && options.token().isEmpty()) {
      return Optional.of(
          "kehoach serve: --host "
              + options.host()
              + " opens the workspace to other machines; give an access token with --token or"
              + " the environment variable KEHOACH_TOKEN (clients send it as \"Authorization:"
              + " Bearer TOKEN\")");
    }
    return Optional.empty();
  }

  private static void configure(io.javalin.config.JavalinConfig config, ServeOptions options) {
    config.showJavalinBanner = false;
    config.http.maxRequestSize = options.maxBody();
    config.jetty.multipartConfig.maxTotalRequestSize(options.maxBody(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxFileSize(options.maxBody(), SizeUnit.BYTES);
    config.staticFiles.add(Server::webjars);
    config.staticFiles.add(Server::fonts);
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
    config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrors()));
  }

  /**
   * The front-end libraries, from their webjars on the classpath; ES modules (.mjs, which Jetty
   * does not know) as JavaScript, since browsers refuse a module of any other type.
   */
  private static void webjars(StaticFileConfig files) {
    files.hostedPath = "/webjars";
    files.directory = "META-INF/resources/webjars";
    files.location = Location.CLASSPATH;
    files.mimeTypes.add("text/javascript; charset=utf-8", "mjs");
    files.headers = Map.of("Cache-Control", "max-age=31536000");
  }

  /**
   * The bundled font, which the live preview's pages are drawn in: the same files the PDF embeds,
   * kept by the browser once loaded.
   */
  private static void fonts(StaticFileConfig files) {
    files.hostedPath = "/fonts";
    files.directory = "kehoach/fonts";
    files.location = Location.CLASSPATH;
    files.mimeTypes.add("font/ttf", "ttf");
    files.headers = Map.of("Cache-Control", "max-age=31536000");
  }

  /** "GET /api/plans": a route, not a filter run before or after routes. */
  private static Optional<String> route(HandlerMetaInfo h) {
    String method = h.getHttpMethod().name();
    return ROUTE_METHODS.contains(method)
        ? Optional.of(method + " " + h.getPath())
        : Optional.empty();
  }

  private static void health(Context ctx) {
    Map<String, String> health = new LinkedHashMap<>();
    health.put("status", "ok");
    health.put("version", Kehoach.version());
    Json.ok(ctx, health);
  }

  /**
   * Every refusal as JSON with its status; anything unexpected is a bug: 500 with a message, its
   * stack trace on the server's standard error, never in the response.
   */
  private static void handleErrors(Javalin app, PrintStream log) {
    app.exception(
        ApiException.class,
        (e, ctx) -> {
          if (e.status() == 429) {
            ctx.header("Retry-After", String.valueOf(RenderPool.RETRY_AFTER_SECONDS));
          }
          Json.send(ctx, e.status(), e.body());
        });
    app.exception(PlanException.class, (e, ctx) -> send(ctx, Problems.unprocessable(e)));
    app.exception(WorkspaceException.class, (e, ctx) -> send(ctx, WorkspaceApi.refusal(e)));
    app.exception(
        HttpResponseException.class,
        (e, ctx) ->
            Json.send(
                ctx,
                e.getStatus(),
                Map.of(
                    "message",
                    e.getStatus() == 404 ? notFound(ctx) : String.valueOf(e.getMessage()))));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          if (tooLarge(e)) {
            Json.send(ctx, 413, Map.of("message", "Nội dung gửi lên vượt quá giới hạn."));
            return;
          }
          log.println("kehoach serve: internal error (a bug) on " + ctx.path() + ": " + e);
          e.printStackTrace(log);
          Json.send(
              ctx,
              500,
              Map.of("message", "Lỗi nội bộ của máy chủ (một lỗi phần mềm); đã ghi lại."));
        });
    app.error(
        404,
        ctx -> {
          if (ctx.resultInputStream() == null) {
            Json.send(ctx, 404, Map.of("message", notFound(ctx)));
          }
        });
  }

  private static String notFound(Context ctx) {
    return "Không có địa chỉ " + ctx.method() + " " + ctx.path() + ".";
  }

  private static void send(Context ctx, ApiException e) {
    Json.send(ctx, e.status(), e.body());
  }

  /** Jetty's refusal of a multipart body past its limits (sent without a declared length). */
  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("exceeds max") || m.contains("too large")) {
        return true;
      }
    }
    return false;
  }

  /** The port it listens on, the one chosen when the options said 0. */
  public int port() {
    return app.port();
  }

  /** Where a browser opens it. */
  public URI address() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** For tests: every route served, as "GET /health". */
  List<String> routes() {
    return routes;
  }

  /** For tests: the workers, to fill them by hand. */
  RenderPool pool() {
    return pool;
  }

  @Override
  public void close() {
    app.stop();
    pool.close();
  }
}
