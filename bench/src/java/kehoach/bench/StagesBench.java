package kehoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kehoach.Kehoach;
import kehoach.document.XhtmlDocument;
import kehoach.load.PlanLoader;
import kehoach.model.PlanException;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;
import kehoach.plan.ComputedPlan;
import kehoach.render.Format;
import kehoach.render.Renderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage of a render, on one thread, in a warm JVM (issue 14): the samples and generated plans
 * of 10 to 10,000 budget and task rows ({@link GeneratedPlans}). Every stage starts from the
 * previous stage's result, made once in {@link #setUp}, so each figure is that stage alone; {@code
 * loadAndCompute} is the first two together, as {@code check} and the page's preview do them.
 *
 * <p>The defaults are the issue's: 20 warm-up iterations and 31 measured ones of a second each, in
 * one fork; {@code bench/jmh.sh} reports the median of the 31 (JMH's percentile 50 of the
 * iterations' averages) and takes shorter settings for a quick look.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 31, time = 1)
public class StagesBench {
  /** A sample's base name (samples/NAME.yaml) or a generated plan's name. */
  @Param({
    "ninh-thuan-2024",
    "tay-ninh-2024",
    "nam-dinh-2023",
    "rows-10",
    "rows-100",
    "rows-1000",
    "rows-10000"
  })
  public String plan;

  private String text;
  private PlanLoader.Loaded loaded;
  private ComputedPlan computed;
  private XhtmlDocument document;
  private Renderer renderer;

  @Setup(Level.Trial)
  public void setUp() throws IOException, PlanException {
    text = GeneratedPlans.isGenerated(plan) ? GeneratedPlans.yaml(plan) : sample(plan);
    renderer = new Renderer(Optional.empty());
    loaded = PlanLoader.load(plan + ".yaml", text);
    computed = Kehoach.compute(loaded);
    document = renderer.document(computed);
  }

  /** The sample's text, from the folder the benchmark runs in or its {@code kehoach.root}. */
  private static String sample(String name) throws IOException {
    Path root = Path.of(System.getProperty("kehoach.root", "."));
    return Files.readString(root.resolve("samples").resolve(name + ".yaml"));
  }

  /** YAML to the model's records, with every field's place. */
  @Benchmark
  public PlanLoader.Loaded load() throws PlanException {
    return PlanLoader.load(plan + ".yaml", text);
  }

  /** The checks (glyphs, stated figures) and the computed plan: numbering, sums, words. */
  @Benchmark
  public ComputedPlan compute() throws PlanException {
    return Kehoach.compute(loaded);
  }

  /** Load, check and compute, from the model's text. */
  @Benchmark
  public ComputedPlan loadAndCompute() throws PlanException {
    return Kehoach.compute(plan + ".yaml", text);
  }

  /** The templates into the XHTML document, and the document into pages. */
  @Benchmark
  public List<Page> layout() throws PlanException {
    return PageLayout.pages(renderer.document(computed));
  }

  @Benchmark
  public byte[] docx() throws IOException {
    return Renderer.bytes(document, Format.DOCX);
  }

  @Benchmark
  public byte[] pdf() throws IOException {
    return Renderer.bytes(document, Format.PDF);
  }

  /**
   * The whole way from the model's text to the PDF's bytes, as {@code render --format pdf} makes
   * them: load, check and compute, the templates, the page layout and the PDF writer. {@code
   * bench/libreoffice.sh} sets it beside LibreOffice converting the same plans' DOCX.
   */
  @Benchmark
  public byte[] modelToPdf() throws IOException, PlanException {
    return Renderer.bytes(renderer.document(Kehoach.compute(plan + ".yaml", text)), Format.PDF);
  }

  @Benchmark
  public byte[] text() throws IOException {
    return Renderer.bytes(document, Format.TXT);
  }
}
