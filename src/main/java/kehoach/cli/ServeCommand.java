package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kehoach.model.PlanException;
import kehoach.serve.ServeOptions;
import kehoach.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kehoach serve}: the clerks' page and the HTTP API, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Serves a workspace of plan models: a page in the browser for clerks (open the address it"
          + " prints) and an HTTP API for office systems (described at /api/openapi.json).",
      "It listens on this machine only (127.0.0.1) unless --host says otherwise; on any other"
          + " address it requires an access token (--token or the environment variable"
          + " KEHOACH_TOKEN), which clients send as \"Authorization: Bearer TOKEN\".",
      "Stop it with Ctrl+C. See docs/deploy.md to run it for an office."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:stopped",
      "2:it cannot start (no token off this machine, templates with problems, port taken)"
    })
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = {"-w", "--workspace"},
      paramLabel = "DIR",
      defaultValue = "plans",
      description =
          "The folder of plan models (default: ${DEFAULT-VALUE}); made with the bundled samples"
              + " if it has no model.")
  Path workspace;

  @Option(
      names = {"-p", "--port"},
      defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for"
              + " every network, which needs --token.")
  String host;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "The access token clients must send; default: the environment variable KEHOACH_TOKEN.")
  String token;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Plans laid out at once (default: the number of processors).")
  Integer workers;

  @Option(
      names = "--queue",
      paramLabel = "N",
      defaultValue = "16",
      description =
          "Requests that may wait for a worker before the server answers 429 (default:"
              + " ${DEFAULT-VALUE}).")
  int queue;

  @Option(
      names = "--time-limit",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "A request running longer is stopped with 503 (default: ${DEFAULT-VALUE}).")
  int timeLimit;

  @Mixin TemplatesOption templates;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServeOptions options;
    try {
      options = options();
    } catch (IllegalArgumentException e) {
      err.println("kehoach serve: --workers, --queue and --time-limit take 1, 0 and 1 or more");
      return Main.PROBLEMS;
    }
    Optional<String> refusal = Server.refusal(options);
    if (refusal.isPresent()) {
      err.println(refusal.get());
      return Main.PROBLEMS;
    }
    Server server;
    try {
      server = Server.start(options, System.err);
    } catch (PlanException e) {
      return Problems.report(e, err);
    } catch (IOException | RuntimeException e) {
      err.println("kehoach serve: cannot start on " + host + ":" + port + ": " + e.getMessage());
      return Main.PROBLEMS;
    }
    out.println("kehoach: serving " + workspace + " at " + server.address());
    out.flush();
    serveUntilStopped(server);
    return 0;
  }

  /**
   * Serves until the JVM is told to stop (Ctrl+C, systemd's SIGTERM), when the hook closes the
   * server, or until this thread is interrupted (a Java caller, a test).
   */
  private static void serveUntilStopped(Server server) {
    Thread hook = new Thread(server::close, "kehoach-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean interrupted = false;
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      interrupted = true; // set again once the server is closed: Jetty cannot stop while it is set
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
      server.close();
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook closes the server
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private ServeOptions options() {
    Optional<String> t =
        Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv("KEHOACH_TOKEN")));
    ServeOptions defaults = ServeOptions.defaults(workspace);
    return defaults
        .withHost(host)
        .withPort(port)
        .withToken(t)
        .withTemplates(templates.get())
        .withLimits(
            workers != null ? workers : defaults.workers(),
            queue,
            Duration.ofSeconds(timeLimit),
            defaults.maxBody());
  }
}
