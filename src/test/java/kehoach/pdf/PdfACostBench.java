package kehoach.pdf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.plan.ComputedPlan;
import kehoach.render.Format;
import kehoach.render.RenderOptions;
import kehoach.render.Renderer;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name ends in Bench, so the suite does not run it): what {@code
 * --pdf-a} costs on the 9-page Ninh Thuận sample. The issue makes PDF/A the server API's default
 * only if it costs under 10 % of the render time.
 *
 * <p>Each run renders the computed plan's PDF as the server does (fill the templates, lay out the
 * pages, write the PDF), plain and PDF/A in turn so that both see the same state of the machine;
 * after a warm-up, the median of each and their ratio are printed.
 *
 * <p>Run: {@code bench/pdfa-cost.sh} (or {@code mvn -o test -Dtest=PdfACostBench
 * -Dspotless.check.skip=true}); {@code -Druns=N} sets the number of measured runs of each (default
 * 100).
 */
class PdfACostBench {
  private static final Path PLAN = Path.of("samples/ninh-thuan-2024.yaml");
  private static final int WARM_UP = 30;

  @Test
  void plainAgainstPdfA() throws Exception {
    int runs = Integer.getInteger("runs", 100);
    ComputedPlan plan = Kehoach.compute(PLAN);
    Renderer plain = new Renderer(Optional.empty());
    Renderer archival = plain.with(RenderOptions.DEFAULT.withPdfA(true));
    for (int i = 0; i < WARM_UP; i++) {
      plain.bytes(plan, Format.PDF);
      archival.bytes(plan, Format.PDF);
    }
    long[] plainTimes = new long[runs];
    long[] archivalTimes = new long[runs];
    for (int i = 0; i < runs; i++) {
      plainTimes[i] = time(plain, plan);
      archivalTimes[i] = time(archival, plan);
    }
    double plainMs = median(plainTimes) / 1e6;
    double archivalMs = median(archivalTimes) / 1e6;
    System.out.printf(
        "Ninh Thuận PDF, median of %d warm runs: plain %.1f ms, PDF/A-2b %.1f ms, cost %+.1f %%%n",
        runs, plainMs, archivalMs, 100 * (archivalMs - plainMs) / plainMs);
  }

  private static long time(Renderer renderer, ComputedPlan plan) throws Exception {
    long start = System.nanoTime();
    renderer.bytes(plan, Format.PDF);
    return System.nanoTime() - start;
  }

  private static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
