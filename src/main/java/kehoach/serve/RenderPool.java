package kehoach.serve;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workers that lay out and write plans, a fixed number sharing one warm renderer, with a short
 * queue: a server that takes more work than it can do answers late for everyone, so past the queue
 * a request is refused at once (429), and one that runs past the time limit is stopped (503).
 */
final class RenderPool implements AutoCloseable {
  /** What a client is told to wait before trying again when the queue is full, in seconds. */
  static final int RETRY_AFTER_SECONDS = 5;

  private final ThreadPoolExecutor pool;
  private final Duration timeLimit;

  RenderPool(int workers, int queue, Duration timeLimit) {
    BlockingQueue<Runnable> waiting =
        queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    AtomicInteger count = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.SECONDS,
            waiting,
            r -> {
              Thread t = new Thread(r, "kehoach-render-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    this.timeLimit = timeLimit;
  }

  /** A piece of work that may throw what the routes turn into answers. */
  interface Work<T> {
    T run() throws Exception;
  }

  /**
   * Runs {@code work} on a worker and waits for it within the time limit.
   *
   * @throws ApiException 429 when every worker is busy and the queue is full, 503 past the limit
   */
  <T> T run(Work<T> work) throws Exception {
    Future<T> future;
    try {
      future = pool.submit((Callable<T>) work::run);
    } catch (RejectedExecutionException e) {
      throw new ApiException(
          429,
          "Máy chủ đang bận: mọi luồng xử lý đều đang làm việc và hàng đợi đã đầy; vui lòng thử lại"
              + " sau "
              + RETRY_AFTER_SECONDS
              + " giây.");
    }
    try {
      return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiException(
          503, "Yêu cầu vượt quá thời gian cho phép (" + limitText() + ") và đã bị dừng.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "Máy chủ đang dừng.");
    }
  }

  private String limitText() {
    long ms = timeLimit.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " giây" : ms + " ms";
  }

  /** For tests: the executor, to fill its workers and queue by hand. */
  ThreadPoolExecutor executor() {
    return pool;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
