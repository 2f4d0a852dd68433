package kehoach.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kehoach.render.Renderer;
import kehoach.workspace.WorkspaceException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several servers on one workspace folder (behind a load balancer): a change of a plan is checked
 * and written by one of them at a time, whether they are two {@link Workspace}s in one process or
 * two processes.
 */
class SharedFolderTest {
  private static final String PLAN = "tay-ninh-2024.yaml";

  @TempDir Path dir;

  @Test
  void twoServersOnOneFolderLetExactlyOneOfManySavesOfAVersionWin() throws Exception {
    Workspace a = Workspace.open(dir, new Renderer(Optional.empty()));
    Workspace b = Workspace.open(dir, new Renderer(Optional.empty()));
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      for (int round = 0; round < 10; round++) {
        Saved start = a.read(PLAN);
        List<Future<String>> saves = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          Workspace server = i % 2 == 0 ? a : b;
          String text = start.text() + "# " + round + "-" + i + "\n";
          saves.add(threads.submit(() -> server.save(PLAN, text, start.version())));
        }
        List<String> won = new ArrayList<>();
        for (Future<String> save : saves) {
          try {
            won.add(save.get());
          } catch (ExecutionException e) {
            assertEquals(Kind.CONFLICT, ((WorkspaceException) e.getCause()).kind());
          }
        }
        assertEquals(1, won.size(), "round " + round);
        assertEquals(won.get(0), b.read(PLAN).version());
        // the one text replaced went into the history once, not once per racing save
        assertEquals(round + 1, a.history(PLAN).size());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aSaveWaitsWhileAnotherProcessHoldsThePlan() throws Exception {
    Workspace ws = Workspace.open(dir, new Renderer(Optional.empty()));
    Saved start = ws.read(PLAN);
    Process other = holder(PLAN);
    try {
      CompletableFuture<String> save =
          CompletableFuture.supplyAsync(() -> saveQuietly(ws, start, "# after\n"));
      assertThrows(TimeoutException.class, () -> save.get(1, TimeUnit.SECONDS));
      assertEquals(start.version(), ws.read(PLAN).version(), "the save slipped through the lock");
      release(other);
      String saved = save.get(20, TimeUnit.SECONDS); // before reading: it may still be waiting
      assertEquals(ws.read(PLAN).version(), saved);
      assertFalse(ws.read(PLAN).text().equals(start.text()));
    } finally {
      other.destroyForcibly().waitFor();
    }
  }

  @Test
  void aLockHeldTooLongIsRefusedClearlyAfterABoundedWait() throws Exception {
    Workspace.open(dir, new Renderer(Optional.empty()));
    Process other = holder(PLAN);
    try {
      PlanLocks locks = new PlanLocks(dir.resolve(".locks"), Duration.ofMillis(300));
      WorkspaceException busy = assertThrows(WorkspaceException.class, () -> locks.hold(PLAN));
      assertEquals(Kind.BUSY, busy.kind());
      assertEquals(
          "Kế hoạch " + PLAN + " đang được lưu ở nơi khác quá lâu; hãy thử lại sau ít giây.",
          busy.getMessage());
      // another plan is not held
      locks.hold("nam-dinh-2023.yaml").close();
    } finally {
      other.destroyForcibly().waitFor();
    }
  }

  @Test
  void aProcessKilledWhileHoldingAPlanBlocksNobody() throws Exception {
    Workspace ws = Workspace.open(dir, new Renderer(Optional.empty()));
    Process other = holder(PLAN);
    other.destroyForcibly().waitFor();
    Saved start = ws.read(PLAN);
    assertEquals(ws.save(PLAN, start.text() + "# x\n", start.version()), ws.read(PLAN).version());
  }

  private static String saveQuietly(Workspace ws, Saved start, String more) {
    try {
      return ws.save(PLAN, start.text() + more, start.version());
    } catch (WorkspaceException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Another JVM, holding the lock of {@code name} until it reads a line. */
  private Process holder(String name) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                dir.resolve(".locks").toString(),
                name)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("held", out.readLine());
    return p;
  }

  private static void release(Process p) throws Exception {
    OutputStream in = p.getOutputStream();
    in.write('\n');
    in.flush();
    assertEquals(0, p.waitFor());
  }

  /** The other server: holds a plan's lock until told to let go. */
  static final class LockHolder {
    @SuppressWarnings("try") // held until the line comes
    public static void main(String[] args) throws Exception {
      try (PlanLocks.Held held = new PlanLocks(Path.of(args[0]), PlanLocks.WAIT).hold(args[1])) {
        System.out.println("held");
        System.out.flush();
        System.in.read();
      }
    }
  }
}
