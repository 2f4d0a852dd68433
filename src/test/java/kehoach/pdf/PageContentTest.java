package kehoach.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import kehoach.Kehoach;
import kehoach.document.Stylesheet.PageStyle;
import kehoach.pages.Mark;
import kehoach.pages.Page;
import kehoach.pages.Typeface;
import kehoach.render.Format;
import kehoach.render.Renderer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a page's content draws each line of a width once and whole (a table's cells drew their
 * four borders each: most lines twice, in pieces a cell long), places every piece of text where its
 * mark says, in reading order, and covers with ink exactly what the marks cover.
 */
class PageContentTest {
  private static final PageStyle A4 =
      new PageStyle(595.3, 841.9, 56.7, 42.5, 56.7, 85, Optional.empty());

  /** What a content stream draws: texts with their places, and lines by width. */
  private record Drawn(
      List<String> texts, List<BigDecimal[]> places, Map<Float, List<long[]>> lines) {
    Drawn {
      texts = new ArrayList<>(texts);
    }
  }

  /** Reads a page's content as a viewer would, for the few operators a kehoach page uses. */
  private static Drawn read(byte[] content) throws Exception {
    PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
    List<PdfObject> operands = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<BigDecimal[]> places = new ArrayList<>();
    Map<Float, List<long[]>> lines = new TreeMap<>();
    BigDecimal lineX = BigDecimal.ZERO;
    BigDecimal lineY = BigDecimal.ZERO;
    float width = 1;
    long[] from = null;
    List<long[]> path = new ArrayList<>();
    while (!parser.parse(operands).isEmpty()) {
      String op = ((PdfLiteral) operands.get(operands.size() - 1)).toString();
      switch (op) {
        case "BT" -> {
          lineX = BigDecimal.ZERO;
          lineY = BigDecimal.ZERO;
        }
        case "Td" -> {
          lineX = lineX.add(decimal(operands.get(0)));
          lineY = lineY.add(decimal(operands.get(1)));
        }
        case "Tm" -> {
          lineX = decimal(operands.get(4));
          lineY = decimal(operands.get(5));
        }
        case "Tj" -> {
          texts.add(operands.get(0).toString());
          places.add(new BigDecimal[] {lineX, lineY});
        }
        case "w" -> width = ((PdfNumber) operands.get(0)).floatValue();
        case "m" -> from = point(operands);
        case "l" -> {
          long[] to = point(operands);
          path.add(new long[] {from[0], from[1], to[0], to[1]});
          from = to;
        }
        case "S" -> {
          lines.computeIfAbsent(width, w -> new ArrayList<>()).addAll(path);
          path.clear();
        }
        default -> {}
      }
    }
    assertTrue(path.isEmpty(), "every path is stroked");
    return new Drawn(texts, places, lines);
  }

  private static BigDecimal decimal(PdfObject number) {
    return new BigDecimal(number.toString());
  }

  private static long[] point(List<PdfObject> operands) {
    return new long[] {
      decimal(operands.get(0)).movePointRight(2).longValueExact(),
      decimal(operands.get(1)).movePointRight(2).longValueExact()
    };
  }

  /** The content of a one-page PDF of {@code page}, drawn by {@link PageContent}. */
  private static byte[] content(Page page) throws Exception {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document doc = new Document(new Rectangle((float) A4.width(), (float) A4.height()));
    com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(doc, pdf);
    doc.open();
    PageContent.draw(page, writer.getDirectContent(), Typeface.bundled()::font, new Glyphs(writer));
    doc.close();
    return new PdfReader(pdf.toByteArray()).getPageContent(1);
  }

  /**
   * The pieces of each horizontal line ("y=…", from its least x to its greatest) and each vertical
   * line ("x=…"), in hundredths of a point; with {@code others}, each other line too, as itself.
   */
  private static Map<String, List<long[]>> byLine(List<long[]> segments, boolean others) {
    Map<String, List<long[]>> pieces = new TreeMap<>();
    for (long[] s : segments) {
      if (s[1] == s[3]) {
        pieces
            .computeIfAbsent("y=" + s[1], k -> new ArrayList<>())
            .add(new long[] {Math.min(s[0], s[2]), Math.max(s[0], s[2])});
      } else if (s[0] == s[2]) {
        pieces
            .computeIfAbsent("x=" + s[0], k -> new ArrayList<>())
            .add(new long[] {Math.min(s[1], s[3]), Math.max(s[1], s[3])});
      } else if (others) {
        pieces
            .computeIfAbsent(
                "from " + s[0] + " " + s[1] + " to " + s[2] + " " + s[3], k -> new ArrayList<>())
            .add(new long[] {0, 0});
      }
    }
    return pieces;
  }

  /**
   * The ink of a width's lines: for each horizontal or vertical line, the stretches along it that
   * some piece covers (in hundredths of a point), whichever order and pieces they came in; any
   * other line as it is.
   */
  private static Map<String, List<String>> ink(List<long[]> segments) {
    Map<String, List<long[]>> pieces = byLine(segments, true);
    Map<String, List<String>> ink = new TreeMap<>();
    for (Map.Entry<String, List<long[]>> line : pieces.entrySet()) {
      // a stretch grows over every piece that starts inside it or where it ends
      TreeMap<Long, Long> covered = new TreeMap<>();
      for (long[] piece : line.getValue()) {
        covered.merge(piece[0], piece[1], Math::max);
      }
      List<String> stretches = new ArrayList<>();
      Long start = null;
      long end = 0;
      for (Map.Entry<Long, Long> piece : covered.entrySet()) {
        if (start != null && piece.getKey() <= end) {
          end = Math.max(end, piece.getValue());
          continue;
        }
        if (start != null) {
          stretches.add(start + ".." + end);
        }
        start = piece.getKey();
        end = piece.getValue();
      }
      stretches.add(start + ".." + end);
      ink.put(line.getKey(), stretches);
    }
    return ink;
  }

  /** No two drawn pieces of the same horizontal or vertical line of a width meet or overlap. */
  private static void assertEachLineOnce(Map<Float, List<long[]>> lines, String where) {
    for (Map.Entry<Float, List<long[]>> width : lines.entrySet()) {
      for (Map.Entry<String, List<long[]>> line : byLine(width.getValue(), false).entrySet()) {
        List<long[]> pieces = line.getValue();
        pieces.sort((p, q) -> Long.compare(p[0], q[0]));
        for (int i = 1; i < pieces.size(); i++) {
          assertTrue(
              pieces.get(i)[0] > pieces.get(i - 1)[1],
              where
                  + ": width "
                  + width.getKey()
                  + ", line "
                  + line.getKey()
                  + " is drawn in pieces that meet or overlap: "
                  + pieces.get(i - 1)[0]
                  + ".."
                  + pieces.get(i - 1)[1]
                  + " and "
                  + pieces.get(i)[0]
                  + ".."
                  + pieces.get(i)[1]);
        }
      }
    }
  }

  @Test
  void randomPagesAreDrawnWithTheirInkAndTextAndEachLineOnce() throws Exception {
    Random random = new Random(20261203);
    float[] widths = {0.5f, 0.75f, 1.5f};
    for (int round = 0; round < 40; round++) {
      List<Mark> marks = new ArrayList<>();
      Map<Float, List<long[]>> expected = new TreeMap<>();
      List<BigDecimal[]> places = new ArrayList<>();
      int n = 1 + random.nextInt(120);
      for (int i = 0; i < n; i++) {
        if (random.nextInt(4) == 0) {
          // quarter points are exact in a float: the place in hundredths is not in doubt
          double x = 60 + random.nextInt(1800) / 4.0;
          double y = 60 + random.nextInt(2800) / 4.0;
          marks.add(new Mark.Text("chữ " + i, random.nextInt(2), 13 + random.nextInt(2), x, y));
          places.add(
              new BigDecimal[] {
                BigDecimal.valueOf(x).stripTrailingZeros(),
                new BigDecimal("841.9").subtract(BigDecimal.valueOf(y))
              });
          continue;
        }
        // pieces on a coarse grid, so that many meet, overlap or repeat, some drawn backwards
        float w = widths[random.nextInt(widths.length)];
        int kind = random.nextInt(10);
        double a = 100 + 25 * random.nextInt(12);
        double b = 100 + 25 * random.nextInt(12);
        double c = 100 + 25 * random.nextInt(12);
        double x1;
        double y1;
        double x2;
        double y2;
        if (kind < 5) {
          x1 = a;
          x2 = b;
          y1 = c;
          y2 = c;
        } else if (kind < 9) {
          x1 = c;
          x2 = c;
          y1 = a;
          y2 = b;
        } else {
          x1 = a;
          y1 = b;
          x2 = c;
          y2 = a + 10;
        }
        marks.add(new Mark.Stroke(x1, y1, x2, y2, w));
        expected
            .computeIfAbsent(w, k -> new ArrayList<>())
            .add(
                new long[] {
                  Math.round(x1 * 100),
                  Math.round((A4.height() - y1) * 100),
                  Math.round(x2 * 100),
                  Math.round((A4.height() - y2) * 100)
                });
      }
      Drawn drawn = read(content(new Page(A4, "", marks)));

      assertEquals(places.size(), drawn.texts().size(), "round " + round + ": every text shown");
      for (int i = 0; i < places.size(); i++) {
        assertEquals(
            0, places.get(i)[0].compareTo(drawn.places().get(i)[0]), "round " + round + " x " + i);
        assertEquals(
            0,
            places.get(i)[1].compareTo(drawn.places().get(i)[1].setScale(2)),
            "round " + round + " y " + i + ": " + drawn.places().get(i)[1]);
      }
      assertEquals(expected.keySet(), drawn.lines().keySet(), "round " + round + ": the widths");
      for (float w : expected.keySet()) {
        assertEquals(
            ink(expected.get(w)),
            ink(drawn.lines().get(w)),
            "round " + round + ": the ink of the lines " + w + " wide");
      }
      assertEachLineOnce(drawn.lines(), "round " + round);
    }
  }

  @Test
  void aSamplesTablesDrawEachLineOnce() throws Exception {
    for (String sample : List.of("ninh-thuan-2024", "tay-ninh-2024")) {
      Renderer renderer = new Renderer(Optional.empty());
      byte[] pdf =
          Renderer.bytes(
              renderer.document(Kehoach.compute(Path.of("samples/" + sample + ".yaml"))),
              Format.PDF);
      PdfReader reader = new PdfReader(pdf);
      int lines = 0;
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        Drawn drawn = read(reader.getPageContent(page));
        assertEachLineOnce(drawn.lines(), sample + " page " + page);
        lines += drawn.lines().values().stream().mapToInt(List::size).sum();
      }
      assertTrue(lines > 0, sample + " has lines: its tables and the rules under its headings");
    }
  }
}
