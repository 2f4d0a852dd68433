package kehoach.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import kehoach.batch.Outcome;
import kehoach.batch.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Progress on a terminal (a bar) or in a log (a line per plan). */
final class BatchProgress {
  private BatchProgress() {}

  static Progress forTerminal() {
    return new Progress() {
      private ProgressBar bar;
      private int failed;

      @Override
      public void started(int total) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("kehoach")
                .setInitialMax(total)
                .setUnit(" plans", 1)
                .showSpeed()
                .build();
      }

      @Override
      public synchronized void done(Outcome outcome) {
        if (outcome.failed()) {
          failed++;
          bar.setExtraMessage(" " + failed + " failed");
        }
        bar.step();
      }

      @Override
      public void finished() {
        if (bar != null) {
          bar.close();
        }
      }
    };
  }

  /** One line per plan: "[12/200] ok plans/x.yaml (3,1 plans/s, about 1 min left)". */
  static Progress lines(PrintWriter err) {
    return new Progress() {
      private int total;
      private int done;
      private Instant start;

      @Override
      public void started(int total) {
        this.total = total;
        this.start = Instant.now();
      }

      @Override
      public synchronized void done(Outcome o) {
        done++;
        double seconds =
            Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        double rate = done / seconds;
        long left = Math.round((total - done) / rate);
        err.printf(
            "[%d/%d] %s %s (%.1f plans/s, about %d s left)%n",
            done, total, o.status(), o.input(), rate, left);
        if (o.failed()) {
          o.error().lines().forEach(l -> err.println("    " + l));
        }
        err.flush();
      }

      @Override
      public void finished() {}
    };
  }
}
