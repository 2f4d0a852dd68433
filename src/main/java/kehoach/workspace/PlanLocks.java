package kehoach.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kehoach.workspace.WorkspaceException.Kind;

/**
 * One writer at a time per plan, across threads and across processes: several servers behind a load
 * balancer share one workspace folder, and a save checks the plan's version and then writes it;
 * without a lock between them, two servers could both pass the check and the later write would
 * silently replace the earlier one.
 *
 * <p>Each plan has a lock file in {@code .locks/} of the workspace, locked with the operating
 * system's file lock ({@link FileChannel#lock}) while a change is checked and written. The system
 * releases it when a process dies, so a server killed mid-save blocks nobody. Java's file locks
 * belong to the whole JVM (a second lock of the same file in one JVM is an error, not a wait), so
 * threads of one JVM first take an in-JVM lock shared by every {@link Workspace} on that folder;
 * the in-JVM lock is reentrant (a form edit holds it and then saves), and only its first holder
 * takes the file lock.
 */
final class PlanLocks {
  /**
   * How long a change waits for another server's change of the same plan: a save takes
   * milliseconds, so a lock held longer means a server stalled on a slow shared disk; the clerk is
   * then told to try again rather than left waiting for the request's time limit.
   */
  static final Duration WAIT = Duration.ofSeconds(10);

  private static final long POLL_MILLIS = 10;
  private static final Map<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private final Path folder;
  private final Duration wait;

  /** The locks of the workspace whose lock files are in {@code folder}. */
  PlanLocks(Path folder, Duration wait) {
    this.folder = folder.toAbsolutePath().normalize();
    this.wait = wait;
  }

  /** A held lock; closing it releases it. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Holds the locks of the plans {@code names} (a rename holds both names), taken in name order so
   * that two renames in opposite directions do not each wait for the other.
   *
   * @throws WorkspaceException {@link Kind#BUSY} when another change holds a plan past {@link
   *     #WAIT}
   */
  Held hold(String... names) throws WorkspaceException {
    List<Held> held = new ArrayList<>();
    try {
      for (String name : java.util.Arrays.stream(names).distinct().sorted().toList()) {
        held.add(one(name));
      }
    } catch (WorkspaceException | RuntimeException e) {
      release(held);
      throw e;
    }
    return () -> release(held);
  }

  private Held one(String name) throws WorkspaceException {
    Path file = folder.resolve(name + ".lock");
    ReentrantLock inJvm = IN_JVM.computeIfAbsent(file, f -> new ReentrantLock());
    long deadline = System.nanoTime() + wait.toNanos();
    if (!tryLock(inJvm)) {
      throw busy(name);
    }
    if (inJvm.getHoldCount() > 1) {
      return inJvm::unlock;
    }
    try {
      FileChannel channel = open(file);
      FileLock lock = fileLock(channel, deadline, name);
      return () -> {
        try (channel) {
          lock.release();
        } catch (IOException e) {
          throw Workspace.failed(name, e);
        } finally {
          inJvm.unlock();
        }
      };
    } catch (WorkspaceException | RuntimeException e) {
      inJvm.unlock();
      throw e;
    }
  }

  private boolean tryLock(ReentrantLock inJvm) {
    try {
      return inJvm.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static FileChannel open(Path file) {
    try {
      Files.createDirectories(file.getParent());
      return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw Workspace.failed(file.getFileName().toString(), e);
    }
  }

  /** The file lock, polled until the deadline: FileChannel's blocking lock cannot time out. */
  private static FileLock fileLock(FileChannel channel, long deadline, String name)
      throws WorkspaceException {
    try (var closeOnFailure = new Closer(channel)) {
      while (true) {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          closeOnFailure.keep();
          return lock;
        }
        if (System.nanoTime() > deadline) {
          throw busy(name);
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException e) {
      throw Workspace.failed(name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy(name);
    }
  }

  private static WorkspaceException busy(String name) {
    return new WorkspaceException(
        Kind.BUSY,
        "Kế hoạch " + name + " đang được lưu ở nơi khác quá lâu; hãy thử lại sau ít giây.");
  }

  private static void release(List<Held> held) {
    for (int i = held.size() - 1; i >= 0; i--) {
      held.get(i).close();
    }
  }

  /** Closes the channel unless the lock was taken. */
  private static final class Closer implements AutoCloseable {
    private final FileChannel channel;
    private boolean keep;

    Closer(FileChannel channel) {
      this.channel = channel;
    }

    void keep() {
      keep = true;
    }

    @Override
    public void close() throws IOException {
      if (!keep) {
        channel.close();
      }
    }
  }
}
