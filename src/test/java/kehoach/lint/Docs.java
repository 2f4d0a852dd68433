package kehoach.lint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import kehoach.Kehoach;
import kehoach.model.PlanException;
import kehoach.render.Format;
import kehoach.render.Renderer;
import kehoach.word.WordDocument;
import kehoach.word.WordReader;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Test fixtures for lint: kehoach's own DOCX of a sample, and small mutations of a DOCX made with
 * POI (replace a text across runs, change a paragraph's runs), so that each rule can be shown a
 * document that breaks it and nothing else.
 */
public final class Docs {
  private Docs() {}

  /** Each sample's DOCX, rendered once per test run: many tests mutate the same sample. */
  private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

  /** The DOCX kehoach renders for {@code samples/NAME.yaml} (a fresh copy each call). */
  public static byte[] sampleDocx(String sample) {
    return RENDERED.computeIfAbsent(sample, Docs::render).clone();
  }

  private static byte[] render(String sample) {
    try {
      Renderer renderer = new Renderer(Optional.empty());
      var plan = Kehoach.compute(Path.of("samples", sample + ".yaml"));
      return Renderer.bytes(renderer.document(plan), Format.DOCX);
    } catch (PlanException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The DOCX files of {@code samples/NAME.yaml} in electronic issue with its appendices in files of
   * their own, written in {@code dir}: the plan's file first.
   */
  public static List<Path> separateFiles(Path dir, String sample)
      throws PlanException, IOException {
    Renderer renderer =
        new Renderer(
            Optional.empty(),
            new kehoach.render.RenderOptions(
                false,
                kehoach.render.RenderOptions.Issue.ELECTRONIC,
                false,
                kehoach.render.RenderOptions.Appendices.SEPARATE));
    return renderer.render(
        Path.of("samples", sample + ".yaml"), java.util.Set.of(Format.DOCX), dir);
  }

  /** The names of the bundled samples (samples/*.yaml without the extension). */
  public static List<String> samples() {
    return List.of("ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023");
  }

  /** A real Word plan of src/test/resources/real-docx/. */
  public static Path real(String name) {
    return Path.of("src/test/resources/real-docx", name);
  }

  /** Opens DOCX bytes for editing. */
  public static XWPFDocument open(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code doc} as {@code dir/name}. */
  public static Path write(Path dir, String name, XWPFDocument doc) {
    try (var out = new ByteArrayOutputStream()) {
      doc.write(out);
      return write(dir, name, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code doc} as {@code dir/plan.docx}. */
  public static Path write(Path dir, XWPFDocument doc) {
    return write(dir, "plan.docx", doc);
  }

  /** Writes bytes as {@code dir/name}. */
  public static Path write(Path dir, String name, byte[] docx) {
    try {
      return Files.write(dir.resolve(name), docx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes and reads back {@code doc} with the reader lint uses. */
  public static WordDocument read(Path dir, XWPFDocument doc) {
    return read(write(dir, doc));
  }

  /** Reads DOCX bytes with the reader lint uses. */
  public static WordDocument read(Path dir, byte[] docx) {
    return read(write(dir, "plan.docx", docx));
  }

  /** Reads a DOCX file with the reader lint uses. */
  public static WordDocument read(Path file) {
    try {
      return WordReader.read(file);
    } catch (PlanException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The sample's DOCX, changed by {@code change}, read back. */
  public static WordDocument mutated(Path dir, String sample, Consumer<XWPFDocument> change) {
    XWPFDocument doc = open(sampleDocx(sample));
    change.accept(doc);
    return read(dir, doc);
  }

  /** Every paragraph of the body, those in table cells (and nested tables) too, in order. */
  public static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
    List<XWPFParagraph> out = new ArrayList<>();
    addParagraphs(doc.getBodyElements(), out);
    return out;
  }

  private static void addParagraphs(List<IBodyElement> elements, List<XWPFParagraph> out) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        out.add(p);
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            addParagraphs(cell.getBodyElements(), out);
          }
        }
      }
    }
  }

  /** The first paragraph whose text contains {@code text}; fails the test when none does. */
  public static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return paragraphs(doc).stream()
        .filter(p -> p.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph contains «" + text + "»"));
  }

  /**
   * Replaces every {@code find} by {@code replace} in the body's paragraphs, those of table cells
   * too, even where {@code find} spans several runs (the first run of the match takes the
   * replacement and keeps its formatting). Non-breaking hyphens and spaces match '-' and ' ', and
   * the runs touched are rewritten with the plain characters. Fails when {@code find} is nowhere,
   * so that a test cannot pass on a mutation that did not happen.
   *
   * @return how many were replaced
   */
  public static int replaceText(XWPFDocument doc, String find, String replace) {
    int n = 0;
    for (XWPFParagraph p : paragraphs(doc)) {
      while (replaceOnce(p, find, replace)) {
        n++;
        if (replace.contains(find)) {
          break;
        }
      }
    }
    if (n == 0) {
      throw new AssertionError("«" + find + "» is not in the document");
    }
    return n;
  }

  private static boolean replaceOnce(XWPFParagraph p, String find, String replace) {
    List<XWPFRun> runs = p.getRuns();
    StringBuilder all = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (XWPFRun r : runs) {
      starts.add(all.length());
      all.append(text(r));
    }
    int at = all.indexOf(find);
    if (at < 0 || find.isEmpty()) {
      return false;
    }
    int end = at + find.length();
    for (int i = 0; i < runs.size(); i++) {
      int s = starts.get(i);
      String t = text(runs.get(i));
      int e = s + t.length();
      if (e <= at || s >= end) {
        continue;
      }
      String before = at > s ? t.substring(0, at - s) : "";
      String after = end < e ? t.substring(end - s) : "";
      boolean first = at >= s && at < e || (t.isEmpty() && at == s);
      setText(runs.get(i), before + (first ? replace : "") + after);
    }
    return true;
  }

  /**
   * A run's text as the reader reads it, character for character: kehoach writes "KH‑UBND" with
   * Word's non-breaking hyphen and blanks with no-break spaces, which a test writes as '-' and ' '.
   */
  private static String text(XWPFRun r) {
    String t = r.text();
    return t == null ? "" : t.replace('\u2011', '-').replace('\u00A0', ' ');
  }

  /**
   * Sets a run's whole text (one w:t), whatever it held: text, tabs, non-breaking hyphens, breaks.
   * Only its properties (w:rPr) stay.
   */
  public static void setText(XWPFRun run, String text) {
    try (var cursor = run.getCTR().newCursor()) {
      if (cursor.toFirstChild()) {
        boolean more = true;
        while (more) {
          if (cursor.getName().getLocalPart().equals("rPr")) {
            more = cursor.toNextSibling();
          } else {
            cursor.removeXml();
            more = !cursor.isEnd() && (cursor.isStart() || cursor.toNextSibling());
          }
        }
      }
    }
    run.setText(text);
  }

  /** Applies {@code change} to every run of the first paragraph containing {@code text}. */
  public static void eachRun(XWPFDocument doc, String text, Consumer<XWPFRun> change) {
    paragraph(doc, text).getRuns().forEach(change);
  }
}
