package kehoach.batch;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import kehoach.files.Targets;
import kehoach.files.TempFiles;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import kehoach.render.Format;
import kehoach.render.RenderOptions;
import kehoach.render.Renderer;
import kehoach.vi.VietnameseNumbers;

/** Renders jobs in parallel; a job's failure is its own. */
public final class Batch {
  private final Renderer renderer;
  private final Set<Format> formats;
  private final Path out;
  private final Instant templatesChanged;
  private final boolean force;

  /**
   * @param templatesChanged when the office's templates last changed: outputs older than that are
   *     out of date too
   * @param force render even what is up to date
   */
  public Batch(
      Renderer renderer, Set<Format> formats, Path out, Instant templatesChanged, boolean force) {
    this.renderer = renderer;
    this.formats = formats;
    this.out = out;
    this.templatesChanged = templatesChanged;
    this.force = force;
  }

  /** Runs every job on {@code threads} threads; outcomes in the jobs' order. */
  public List<Outcome> run(List<Job> jobs, int threads, Progress progress)
      throws InterruptedException {
    TempFiles.removeStaleUnder(out);
    progress.started(jobs.size());
    int workers = Math.max(1, Math.min(threads, jobs.size()));
    // as many plans at once as cores: each plan's formats one after another, on its one DOM
    Renderer each =
        workers >= Runtime.getRuntime().availableProcessors()
            ? renderer.withWritersAtOnce(false)
            : renderer;
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<Outcome>> pending = new ArrayList<>();
      for (Job job : jobs) {
        pending.add(
            pool.submit(
                () -> {
                  Outcome o = run(job, each);
                  progress.done(o);
                  return o;
                }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < pending.size(); i++) {
        try {
          outcomes.add(pending.get(i).get());
        } catch (ExecutionException e) {
          outcomes.add(
              Outcome.failure(jobs.get(i).input(), "internal error (a bug): " + e.getCause()));
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
      progress.finished();
    }
  }

  private Outcome run(Job job, Renderer using) {
    try {
      ComputedPlan plan = job.source().compute();
      List<Path> targets = using.targets(plan, job.name(), formats, job.folder());
      if (!force && upToDate(job, targets)) {
        return outcome(job, "skipped", plan, targets);
      }
      List<Path> written = using.render(plan, job.name(), formats, job.folder());
      return outcome(job, "ok", plan, written);
    } catch (PlanException e) {
      // the first problems and a count: a report cell stays readable
      return Outcome.failure(job.input(), e.getMessage());
    } catch (IOException e) {
      return Outcome.failure(job.input(), "cannot write the output: " + e.getMessage());
    }
  }

  /**
   * The files {@code job} would write. Appendices in files of their own are named after the plan's
   * appendices, so its plan is computed to know them; one with problems fails when it runs, and
   * writes nothing.
   */
  private List<Path> targets(Job job) {
    if (renderer.options().appendices() == RenderOptions.Appendices.SEPARATE) {
      try {
        return renderer.targets(job.source().compute(), job.name(), formats, job.folder());
      } catch (PlanException e) {
        // told in its outcome
      }
    }
    return renderer.ownTargets(job.name(), formats, job.folder());
  }

  /**
   * Every file a run of {@code jobs} would write, the report among them, to be checked before any
   * is written.
   */
  public List<Targets.Target> targets(List<Job> jobs, List<String> reports) {
    List<Targets.Target> targets = new ArrayList<>();
    for (Job job : jobs) {
      for (Path t : targets(job)) {
        targets.add(new Targets.Target(t, job.origin(), job.origin().line() == 0 ? "" : "file"));
      }
    }
    for (String report : reports) {
      targets.add(Targets.Target.of(out.resolve(report), "kehoach batch"));
    }
    return targets;
  }

  private boolean upToDate(Job job, List<Path> targets) throws IOException {
    Instant changed = job.source().modified();
    if (templatesChanged.isAfter(changed)) {
      changed = templatesChanged;
    }
    for (Path t : targets) {
      if (!Files.exists(t)
          || !Files.getLastModifiedTime(t).toInstant().isAfter(changed)
          || !renderer.writtenAsAsked(t)) {
        return false;
      }
    }
    return true;
  }

  private Outcome outcome(Job job, String status, ComputedPlan plan, List<Path> files)
      throws IOException {
    List<String> names = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    String pages = "";
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      names.add(out.relativize(f).toString());
      hashes.add(sha256(bytes));
      // the plan's own PDF: those of appendices in files of their own follow it
      if (f.toString().endsWith(".pdf") && pages.isEmpty()) {
        pages = Integer.toString(pages(bytes));
      }
    }
    String totals =
        plan.budgets().values().stream()
            .map(b -> VietnameseNumbers.format(new BigDecimal(b.totalInDong())))
            .collect(Collectors.joining("; "));
    return new Outcome(job.input(), status, "", names, hashes, pages, totals);
  }

  /**
   * How many page objects {@code pdf} has: {@code /Type /Page} not followed by a letter (not {@code
   * /Pages}), any whitespace between. Read from the bytes: a regular expression over the whole file
   * made a string of it and was 2 % of a batch's time (issue 14).
   */
  private static int pages(byte[] pdf) {
    int n = 0;
    for (int i = 0; i < pdf.length; i++) {
      if (pdf[i] != '/' || !at(pdf, i, "/Type")) {
        continue;
      }
      int name = i + "/Type".length();
      while (name < pdf.length && whitespace(pdf[name])) {
        name++;
      }
      int after = name + "/Page".length();
      if (at(pdf, name, "/Page") && (after == pdf.length || !letter(pdf[after]))) {
        n++;
      }
    }
    return n;
  }

  private static boolean at(byte[] pdf, int from, String ascii) {
    if (from + ascii.length() > pdf.length) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (pdf[from + k] != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whitespace as {@code \s} in a regular expression: space, tab, line feed, VT, FF, CR. */
  private static boolean whitespace(byte b) {
    return b == ' ' || b >= '\t' && b <= '\r';
  }

  private static boolean letter(byte b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** When {@code file} last changed. */
  static Instant modified(Path file) throws IOException {
    FileTime t = Files.getLastModifiedTime(file);
    return t.toInstant();
  }
}
