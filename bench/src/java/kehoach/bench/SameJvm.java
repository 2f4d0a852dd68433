package kehoach.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import kehoach.Kehoach;
import kehoach.document.XhtmlDocument;
import kehoach.pages.PageLayout;
import kehoach.render.Format;
import kehoach.render.Renderer;

/**
 * Two or more builds of kehoach measured A/B in one JVM (issue 14): each jar in its own class
 * loader, the same stage run on the same plans by each in turn, a block of documents at a time, for
 * a number of rounds; each block's thread CPU time and wall time per document. The first third of
 * the rounds warm up; the medians (and the least CPU time) of the rest are printed per jar, with
 * their ratios to the first jar's. Run in turn in the same minutes, the builds share the machine's load and its drift,
 * which separate runs of JMH on a shared two-core machine do not: a change of 2 % shows here where
 * JMH's runs differ by 10 % from one to the next.
 *
 * <p>{@code bench/ab.sh old.jar new.jar} (STAGE, PLANS, ROUNDS, BLOCK: see there).
 */
public final class SameJvm {
  private SameJvm() {}

  public static void main(String[] args) throws Exception {
    String stage = System.getProperty("stage", "model-to-pdf");
    String plans = System.getProperty("plans", "ninh-thuan-2024,tay-ninh-2024,nam-dinh-2023");
    String root = System.getProperty("kehoach.root", ".");
    int rounds = Integer.getInteger("rounds", 40);
    int block = Integer.getInteger("block", 60);
    if (args.length == 0) {
      System.err.println("usage: SameJvm A.jar [B.jar ...]");
      System.exit(2);
    }
    URL classes = SameJvm.class.getProtectionDomain().getCodeSource().getLocation();
    List<IntSupplier> builds = new ArrayList<>();
    for (String jar : args) {
      // this class's folder first, so that Work is defined again beside each jar's kehoach
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {classes, Path.of(jar).toUri().toURL()},
              ClassLoader.getPlatformClassLoader());
      builds.add(
          (IntSupplier)
              loader
                  .loadClass(SameJvm.class.getName() + "$Work")
                  .getConstructor(String.class, String.class, String.class)
                  .newInstance(stage, plans, root));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<Double>> times = new ArrayList<>();
    List<List<Double>> walls = new ArrayList<>();
    for (int i = 0; i < builds.size(); i++) {
      times.add(new ArrayList<>());
      walls.add(new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < builds.size(); i++) {
        long wall = System.nanoTime();
        long start = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < block; k++) {
          builds.get(i).getAsInt();
        }
        double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / block;
        if (round >= rounds / 3) {
          times.get(i).add(ms);
          walls.get(i).add((System.nanoTime() - wall) / 1e6 / block);
        }
      }
    }
    System.out.printf(
        "%s of %s: ms per document, %d rounds of %d (the first third not counted); CPU is this"
            + " thread's (not the template run's thread, nor the collector's), wall is all%n",
        stage, plans, rounds, block);
    double first = 0;
    double firstWall = 0;
    for (int i = 0; i < builds.size(); i++) {
      List<Double> t = times.get(i);
      List<Double> w = walls.get(i);
      Collections.sort(t);
      Collections.sort(w);
      double median = t.get(t.size() / 2);
      double wallMedian = w.get(w.size() / 2);
      if (i == 0) {
        first = median;
        firstWall = wallMedian;
      }
      System.out.printf(
          "%-32s CPU median %8.3f least %8.3f (%5.2f×)  wall median %8.3f (%5.2f×)%n",
          args[i], median, t.get(0), median / first, wallMedian, wallMedian / firstWall);
    }
  }

  /** One build's stage on the plans, one document per call, in turn. */
  public static final class Work implements IntSupplier {
    private final String stage;
    private final List<String> names = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<XhtmlDocument> documents = new ArrayList<>();
    private final Renderer renderer = new Renderer(Optional.empty());
    private int next;

    public Work(String stage, String plans, String root) throws Exception {
      this.stage = stage;
      for (String plan : plans.split(",")) {
        String text =
            GeneratedPlans.isGenerated(plan)
                ? GeneratedPlans.yaml(plan)
                : Files.readString(Path.of(root, "samples", plan + ".yaml"));
        names.add(plan + ".yaml");
        texts.add(text);
        documents.add(renderer.document(Kehoach.compute(plan + ".yaml", text)));
      }
    }

    @Override
    public int getAsInt() {
      int i = next++ % names.size();
      try {
        return switch (stage) {
          case "load-and-compute" -> Kehoach.compute(names.get(i), texts.get(i)).hashCode();
          case "document" ->
              renderer.document(Kehoach.compute(names.get(i), texts.get(i))).hashCode();
          case "layout" -> PageLayout.pages(documents.get(i)).size();
          case "pdf" -> Renderer.bytes(documents.get(i), Format.PDF).length;
          case "docx" -> Renderer.bytes(documents.get(i), Format.DOCX).length;
          case "model-to-pdf" ->
              Renderer.bytes(
                      renderer.document(Kehoach.compute(names.get(i), texts.get(i))), Format.PDF)
                  .length;
          default -> throw new IllegalArgumentException("no stage " + stage);
        };
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
