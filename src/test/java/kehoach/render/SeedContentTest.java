package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kehoach.model.PlanException;
import kehoach.vi.VietnameseText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every paragraph and table cell of a seed plan appears, in order, in the text of both the DOCX and
 * the PDF rendered from its sample, apart from the differences the sample documents.
 */
class SeedContentTest {
  /** Copies of ../shared/seeds, with the differences each sample documents. */
  private static final Path SEEDS = Path.of("src", "test", "resources", "seeds");

  private static final Pattern MARKUP = Pattern.compile("</?[bi]>|\\*+|^#+\\s*");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  @TempDir static Path out;

  /** The top and bottom margins of the bundled layout, 20 mm, in points. */
  private static final double TYPE_AREA_MARGIN = 20 / 25.4 * 72;

  @ParameterizedTest
  @ValueSource(strings = {"ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023"})
  void docxContainsTheSeed(String sample) throws IOException, PlanException {
    Path docx = render(sample, Format.DOCX);
    assertEquals(List.of(), missing(seedUnits(sample), String.join("\n", Outputs.docxText(docx))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023"})
  void pdfContainsTheSeed(String sample) throws IOException, PlanException, InterruptedException {
    Path pdf = render(sample, Format.PDF);
    // A PDF has no paragraphs, only text drawn at places; a reader rebuilds the order. Poppler's
    // reading order splits side-by-side blocks (Nơi nhận beside the signature), and the drawing
    // order splits a line whose words change style. A unit must be in order in one of the two.
    List<String> inReadingOrder =
        missing(seedUnits(sample), Tools.pdfTypeAreaText(pdf, TYPE_AREA_MARGIN, false));
    List<String> inDrawingOrder =
        missing(seedUnits(sample), Tools.pdfTypeAreaText(pdf, TYPE_AREA_MARGIN, true));
    List<String> inNeither = new ArrayList<>(inReadingOrder);
    inNeither.retainAll(inDrawingOrder);
    assertEquals(List.of(), inNeither);
  }

  private static Path render(String sample, Format format) throws IOException, PlanException {
    Path folder = out.resolve(sample + "-" + format.extension());
    return new Renderer(Optional.empty())
        .render(Path.of("samples", sample + ".yaml"), Set.of(format), folder)
        .get(0);
  }

  /** The seed's paragraphs and cells, markup removed, with the sample's documented changes. */
  static List<String> seedUnits(String sample) throws IOException {
    Map<String, String> changes = deviations(sample);
    List<String> units = new ArrayList<>();
    for (String line : Files.readAllLines(SEEDS.resolve(sample + ".txt"))) {
      for (String cell : line.split("\t")) {
        String unit = normalise(MARKUP.matcher(cell.replace("&amp;", "&").strip()).replaceAll(""));
        for (Map.Entry<String, String> c : changes.entrySet()) {
          unit = unit.replace(c.getKey(), c.getValue());
        }
        for (String part : unit.split(" \\| ")) {
          if (!part.isBlank()) {
            units.add(part.strip());
          }
        }
      }
    }
    return units;
  }

  private static Map<String, String> deviations(String sample) throws IOException {
    Map<String, String> changes = new LinkedHashMap<>();
    Path file = SEEDS.resolve(sample + ".differences.txt");
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("⇒", -1);
      changes.put(normalise(parts[0]), normalise(parts[1]));
    }
    return changes;
  }

  /**
   * The units not found in order. Comparison ignores case and white space, since a PDF's line
   * breaks fall anywhere. A unit already found earlier (a table header the seed repeats on its next
   * page) may appear once only: it is looked for just after the previous unit, and skipped if it is
   * not there.
   */
  static List<String> missing(List<String> units, String output) {
    String text = squeeze(output);
    List<String> missing = new ArrayList<>();
    Set<String> found = new HashSet<>();
    int cursor = 0;
    for (String unit : units) {
      String u = squeeze(unit);
      int at = text.indexOf(u, cursor);
      if (found.contains(u) && (at < 0 || at > cursor + REPEAT_WINDOW)) {
        continue;
      }
      if (at >= 0) {
        cursor = at + u.length();
        found.add(u);
      } else {
        missing.add(unit);
      }
    }
    return missing;
  }

  /** How far after the previous unit a repeated unit is looked for. */
  private static final int REPEAT_WINDOW = 40;

  private static String squeeze(String text) {
    return SPACE.matcher(normalise(text)).replaceAll("").toLowerCase(VietnameseText.VI);
  }

  private static String normalise(String text) {
    return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }
}
