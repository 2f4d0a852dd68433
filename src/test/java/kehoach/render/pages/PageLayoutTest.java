package kehoach.render.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kehoach.Kehoach;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import kehoach.render.Format;
import kehoach.render.Renderer;
import kehoach.render.Tools;
import kehoach.render.pages.Defect.Kind;
import kehoach.render.pages.LayoutChecker.Pagination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every plan kehoach can be asked for, laid out without a page fault (issue 8): the samples, the
 * reference shapes, the layout fixtures' models and the {@link StressPlans}, each rendered to PDF
 * and DOCX, the DOCX laid out by LibreOffice as Word users will see it, and both PDFs read by the
 * {@link LayoutChecker}. The two must also paginate alike: the same number of pages, and at least
 * nine in ten pages beginning with the same line.
 *
 * <p>The writers before issue 8 failed it on 70 of its 72 checks (headings and signatures stranded,
 * lines extracted twice, a page number on appendices' first pages, the landscape table cut off);
 * {@link LayoutCheckerTest} keeps pages of that output as fixtures. A summary by class of defect is
 * printed and written to {@code target/page-layout-report.txt}.
 */
class PageLayoutTest {
  /** The share of pages that must begin with the same line in both renderings. */
  private static final double SAME_FIRST_LINES = 0.9;

  private static final Path FIXTURES = Path.of("src", "test", "resources", "layout-fixtures");

  @TempDir static Path out;

  /**
   * One plan's results: the defects of each rendering, and how they paginate against each other.
   */
  record Result(String name, List<Defect> pdf, List<Defect> libreOffice, Pagination pagination) {}

  private static final List<Result> RESULTS = new ArrayList<>();

  /** A model to render: its name and its computed plan. */
  private record Model(String name, ComputedPlan plan) {}

  @BeforeAll
  static void renderConvertAndCheck() throws Exception {
    Tools.require("pdftotext");
    Tools.require("pdftoppm");
    Tools.require("soffice");
    long start = System.nanoTime();
    List<Model> models = models();
    Renderer renderer = new Renderer(Optional.empty());
    Map<String, Expectations> expectations = new LinkedHashMap<>();
    List<Path> docx = new ArrayList<>();
    Path rendered = out.resolve("rendered");
    for (Model m : models) {
      expectations.put(m.name(), Expectations.of(renderer.document(m.plan())));
      docx.add(
          renderer
              .render(m.plan(), m.name(), EnumSet.of(Format.DOCX, Format.PDF), rendered)
              .get(0));
    }
    long renderedAt = System.nanoTime();
    Path converted = out.resolve("libreoffice");
    Tools.convertWithLibreOffice(docx, converted, out.resolve("profile"));
    long convertedAt = System.nanoTime();
    for (Map.Entry<String, Expectations> e : expectations.entrySet()) {
      String name = e.getKey();
      RESULTS.add(
          check(
              name,
              e.getValue(),
              rendered.resolve(name + ".pdf"),
              converted.resolve(name + ".pdf")));
    }
    long checkedAt = System.nanoTime();
    String timing =
        String.format(
            Locale.ROOT,
            "%d plans: rendered in %.1f s, converted by LibreOffice in %.1f s, checked in %.1f s",
            models.size(),
            (renderedAt - start) / 1e9,
            (convertedAt - renderedAt) / 1e9,
            (checkedAt - convertedAt) / 1e9);
    report(timing);
  }

  /**
   * The samples, the reference shapes, the real task tables, the fixtures' models and the stress
   * plans.
   */
  private static List<Model> models() throws IOException, PlanException {
    List<Model> models = new ArrayList<>();
    for (Path folder :
        List.of(
            Path.of("samples"),
            Path.of("src", "test", "resources", "references"),
            Path.of("src", "test", "resources", "real-tables"),
            FIXTURES)) {
      for (Path yaml : yamlFiles(folder)) {
        models.add(new Model(Renderer.baseName(yaml), Kehoach.compute(yaml)));
      }
    }
    for (StressPlans.Plan p : StressPlans.all()) {
      models.add(new Model(p.name(), Kehoach.compute(p.name() + ".yaml", p.yaml())));
    }
    return models;
  }

  private static List<Path> yamlFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static Result check(String name, Expectations doc, Path pdf, Path fromDocx)
      throws IOException, InterruptedException {
    assertTrue(Files.exists(fromDocx), "LibreOffice converted " + name + ".docx");
    PdfPages ours = PdfPages.read(pdf, name + ".pdf");
    PdfPages theirs = PdfPages.read(fromDocx, name + ".docx (LibreOffice)");
    Path images = out.resolve("images").resolve(name);
    List<Defect> pdfDefects = new ArrayList<>(LayoutChecker.check(ours, doc));
    pdfDefects.addAll(
        LayoutChecker.checkDrawing(ours, doc, PageImages.render(pdf, images.resolve("pdf"))));
    List<Defect> loDefects = new ArrayList<>(LayoutChecker.check(theirs, doc));
    loDefects.addAll(
        LayoutChecker.checkDrawing(
            theirs, doc, PageImages.render(fromDocx, images.resolve("libreoffice"))));
    return new Result(name, pdfDefects, loDefects, LayoutChecker.compare(name, ours, theirs, doc));
  }

  @TestFactory
  Stream<DynamicTest> everyPlanIsLaidOutWithoutPageFaults() {
    return RESULTS.stream()
        .flatMap(
            r ->
                Stream.of(
                    DynamicTest.dynamicTest(
                        r.name() + ": kehoach's PDF has no layout defects",
                        () -> assertEquals("", lines(r.pdf()))),
                    DynamicTest.dynamicTest(
                        r.name() + ": LibreOffice's rendering of the DOCX has no layout defects",
                        () -> assertEquals("", lines(r.libreOffice()))),
                    DynamicTest.dynamicTest(
                        r.name() + ": the PDF and the DOCX paginate alike",
                        () -> assertEquals("", lines(r.pagination().defects(SAME_FIRST_LINES))))));
  }

  private static String lines(List<Defect> defects) {
    return defects.stream().map(Defect::toString).collect(Collectors.joining("\n"));
  }

  /** Prints the defects found, counted by class, and writes them all to target. */
  private static void report(String timing) throws IOException {
    StringBuilder text = new StringBuilder("Page layout: " + timing + "\n");
    Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
    int pdfPages = 0;
    int samePages = 0;
    for (Result r : RESULTS) {
      r.pdf().forEach(d -> counts.computeIfAbsent(d.kind(), k -> new int[2])[0]++);
      r.libreOffice().forEach(d -> counts.computeIfAbsent(d.kind(), k -> new int[2])[1]++);
      r.pagination()
          .defects(SAME_FIRST_LINES)
          .forEach(d -> counts.computeIfAbsent(d.kind(), k -> new int[2])[0]++);
      pdfPages += Math.max(r.pagination().ours(), r.pagination().theirs());
      samePages += r.pagination().same().size();
    }
    text.append(String.format(Locale.ROOT, "%-45s %8s %12s%n", "defects", "PDF", "LibreOffice"));
    for (Map.Entry<Kind, int[]> c : counts.entrySet()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-45s %8d %12d%n",
              c.getKey().description(),
              c.getValue()[0],
              c.getValue()[1]));
    }
    text.append(
        String.format(
            Locale.ROOT,
            "pages beginning with the same line in both: %d of %d (%.0f%%)%n",
            samePages,
            pdfPages,
            pdfPages == 0 ? 100.0 : 100.0 * samePages / pdfPages));
    for (Result r : RESULTS) {
      text.append("\n")
          .append(r.name())
          .append(
              String.format(
                  Locale.ROOT,
                  ": %d pages (LibreOffice %d), %.0f%% begin alike%n",
                  r.pagination().ours(),
                  r.pagination().theirs(),
                  100 * r.pagination().share()));
      for (Defect d : r.pdf()) {
        text.append("  ").append(d).append('\n');
      }
      for (Defect d : r.libreOffice()) {
        text.append("  ").append(d).append('\n');
      }
      for (Defect d : r.pagination().defects(SAME_FIRST_LINES)) {
        text.append("  ").append(d).append('\n');
      }
    }
    System.out.println(text.substring(0, text.indexOf("\n\n") + 1));
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(
          target.resolve("page-layout-report.txt"), text.toString(), StandardCharsets.UTF_8);
    }
  }
}
