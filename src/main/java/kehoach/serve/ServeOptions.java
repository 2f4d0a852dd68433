package kehoach.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How a server runs: where it listens, what it serves and the limits that keep it answering.
 *
 * @param host the address to listen on; 127.0.0.1 unless an office opens it to its network
 * @param port the port; 0 for any free one (tests)
 * @param workspace the folder of plan models the page works on
 * @param templates the office's templates, the only ones the server lays plans out with (the API
 *     never takes templates)
 * @param token the access token clients send as {@code Authorization: Bearer …}; required off
 *     loopback
 * @param workers how many requests render at once, sharing one renderer
 * @param queue how many more may wait for a worker before the server answers 429
 * @param timeLimit how long a request may take before the server answers 503
 * @param maxBody the largest request body accepted, in bytes; larger ones get 413
 */
public record ServeOptions(
    String host,
    int port,
    Path workspace,
    Optional<Path> templates,
    Optional<String> token,
    int workers,
    int queue,
    Duration timeLimit,
    long maxBody) {

  /** The default body limit, the same as a model file's ({@code PlanLoader.MAX_BYTES}). */
  public static final long MAX_BODY = 20L << 20;

  public ServeOptions {
    token = token.filter(t -> !t.isEmpty());
    if (workers < 1 || queue < 0 || maxBody < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("workers ≥ 1, queue ≥ 0, a positive time and size limit");
    }
  }

  /**
   * The defaults for {@code workspace}: localhost:8080, a worker per processor, 16 waiting, 60 s.
   */
  public static ServeOptions defaults(Path workspace) {
    return new ServeOptions(
        "127.0.0.1",
        8080,
        workspace,
        Optional.empty(),
        Optional.empty(),
        Runtime.getRuntime().availableProcessors(),
        16,
        Duration.ofSeconds(60),
        MAX_BODY);
  }

  public ServeOptions withPort(int p) {
    return new ServeOptions(
        host, p, workspace, templates, token, workers, queue, timeLimit, maxBody);
  }

  public ServeOptions withHost(String h) {
    return new ServeOptions(
        h, port, workspace, templates, token, workers, queue, timeLimit, maxBody);
  }

  public ServeOptions withToken(Optional<String> t) {
    return new ServeOptions(
        host, port, workspace, templates, t, workers, queue, timeLimit, maxBody);
  }

  public ServeOptions withTemplates(Optional<Path> t) {
    return new ServeOptions(host, port, workspace, t, token, workers, queue, timeLimit, maxBody);
  }

  /** The render pool's size, its queue and the time limit. */
  public ServeOptions withLimits(int w, int q, Duration limit, long body) {
    return new ServeOptions(host, port, workspace, templates, token, w, q, limit, body);
  }

  /**
   * Whether the host is reachable only from this machine; anywhere else a token is required. A name
   * that cannot be resolved counts as reachable from elsewhere.
   */
  public boolean loopback() {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
