package kehoach.render.pages;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kehoach.render.Tools;

/**
 * A PDF's text as poppler's {@code pdftotext -bbox-layout} sees it: pages of lines, each with its
 * words and their boxes, in points from the page's top left corner.
 *
 * <p>pdftotext splits a line at wide gaps, which usually separates table cells; but it joins two
 * cells whose text runs close together (LibreOffice's tables: "Sở, địa phương, nghị triển khai" is
 * the end of one cell and the start of the next). So each of its lines is split again where one gap
 * is much wider than the line's other gaps, and lines are grouped back into visual rows only where
 * a check needs the whole width of the page ({@link Page#rows}).
 *
 * @param name the PDF's file name, for messages
 * @param first the number of the first page held (pdftotext {@code -f}), 1 for a whole document
 * @param whole whether the pages run from the first to the last of the document
 */
record PdfPages(String name, int first, boolean whole, List<Page> pages) {

  /** A fixture name such as {@code ninh-thuan-2024.pdf.p1-6.xml}: pages 1 to 6 of the PDF. */
  private static final Pattern PART = Pattern.compile("(.+?)\\.p(\\d+)-(\\d+)\\.xml");

  /** Runs pdftotext on a whole PDF. */
  static PdfPages read(Path pdf) throws IOException, InterruptedException {
    return read(pdf, pdf.getFileName().toString());
  }

  /** Runs pdftotext on a whole PDF, named {@code name} in messages. */
  static PdfPages read(Path pdf, String name) throws IOException, InterruptedException {
    String xml = Tools.run("pdftotext", "-enc", "UTF-8", "-bbox-layout", pdf.toString(), "-");
    return parse(xml, name, 1, true);
  }

  /**
   * Reads saved pdftotext output: a whole document ({@code name.pdf.xml}) or some of its pages
   * ({@code name.pdf.p4-5.xml}).
   */
  static PdfPages load(Path xml) throws IOException {
    String file = xml.getFileName().toString();
    String text = Files.readString(xml, StandardCharsets.UTF_8);
    Matcher part = PART.matcher(file);
    if (part.matches()) {
      return parse(text, part.group(1), Integer.parseInt(part.group(2)), false);
    }
    return parse(text, file.replaceFirst("\\.xml$", ""), 1, true);
  }

  static PdfPages parse(String xml, String name, int first, boolean whole) {
    List<Page> pages = new ArrayList<>();
    try {
      XMLInputFactory factory = XMLInputFactory.newInstance();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader in = factory.createXMLStreamReader(new StringReader(xml));
      double width = 0;
      double height = 0;
      List<Line> lines = null;
      List<Word> words = null;
      while (in.hasNext()) {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (in.getLocalName()) {
            case "page" -> {
              width = number(in, "width");
              height = number(in, "height");
              lines = new ArrayList<>();
            }
            case "line" -> words = new ArrayList<>();
            case "word" -> {
              double[] box = {
                number(in, "xMin"), number(in, "yMin"), number(in, "xMax"), number(in, "yMax")
              };
              String text = nfc(in.getElementText());
              if (!text.isBlank()) {
                words.add(new Word(box[0], box[1], box[2], box[3], text.strip()));
              }
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (in.getLocalName()) {
            case "line" -> {
              lines.addAll(splitAtWideGaps(words));
              words = null;
            }
            case "page" -> {
              lines.sort(Comparator.comparingDouble(Line::yMin).thenComparingDouble(Line::xMin));
              pages.add(new Page(first + pages.size(), width, height, List.copyOf(lines)));
            }
            default -> {}
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(name + ": not pdftotext -bbox-layout output", e);
    }
    return new PdfPages(name, first, whole, List.copyOf(pages));
  }

  private static double number(XMLStreamReader in, String attribute) {
    return Double.parseDouble(in.getAttributeValue(null, attribute));
  }

  /**
   * pdftotext's line cut where it runs over a column boundary: where a gap is wider than one and a
   * half times the line's height, or three times the line's usual gap. A justified line's gaps are
   * all alike, so it stays whole.
   */
  static List<Line> splitAtWideGaps(List<Word> words) {
    List<Line> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    double height = words.stream().mapToDouble(w -> w.yMax() - w.yMin()).max().orElse(0);
    double[] gaps = new double[words.size() - 1];
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = words.get(i + 1).xMin() - words.get(i).xMax();
    }
    double usual = median(gaps);
    List<Word> current = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      current.add(words.get(i));
      boolean last = i == words.size() - 1;
      if (last
          || gaps[i] > 1.5 * height
          || (gaps.length > 1 && gaps[i] > Math.max(3 * usual, 0.4 * height))) {
        out.add(new Line(List.copyOf(current)));
        current.clear();
      }
    }
    return out;
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * Text in Unicode NFC, with the characters a writer uses to keep a unit on one line read as what
   * they stand for: the non-breaking hyphen (U+2011, Word's) as a hyphen, the no-break spaces as a
   * space. The document's text and the extracted lines then compare equal.
   */
  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace('\u2011', '-')
        .replace('\u2010', '-')
        .replace('\u00a0', ' ')
        .replace('\u202f', ' ')
        .replace('\u2007', ' ')
        .replace("\u200b", "")
        .replace("\u2060", "");
  }

  /** Text without any white space: lines compare equal however a writer spaced or wrapped them. */
  static String key(String text) {
    return nfc(text).replaceAll("\\s+", "");
  }

  /** One page: its size in points and its lines, top to bottom. */
  record Page(int number, double width, double height, List<Line> lines) {
    boolean landscape() {
      return width > height;
    }

    /**
     * Lines grouped into visual rows, top to bottom: lines whose bottoms lie within a quarter of a
     * line's height of each other, left to right.
     */
    static List<Row> rows(List<Line> lines) {
      List<Line> sorted = new ArrayList<>(lines);
      sorted.sort(Comparator.comparingDouble(Line::yMax).thenComparingDouble(Line::xMin));
      List<Row> rows = new ArrayList<>();
      List<Line> current = new ArrayList<>();
      for (Line line : sorted) {
        if (!current.isEmpty()
            && line.yMax() - current.get(0).yMax() > 0.25 * current.get(0).height()) {
          rows.add(Row.of(current));
          current = new ArrayList<>();
        }
        current.add(line);
      }
      if (!current.isEmpty()) {
        rows.add(Row.of(current));
      }
      return rows;
    }
  }

  /** A visual row: the lines on one baseline, left to right. */
  record Row(List<Line> lines) {
    static Row of(List<Line> lines) {
      List<Line> sorted = new ArrayList<>(lines);
      sorted.sort(Comparator.comparingDouble(Line::xMin));
      return new Row(List.copyOf(sorted));
    }

    String text() {
      return String.join(" ", lines.stream().map(Line::text).toList());
    }

    String key() {
      return PdfPages.key(text());
    }

    double yMin() {
      return lines.stream().mapToDouble(Line::yMin).min().orElse(0);
    }

    double yMax() {
      return lines.stream().mapToDouble(Line::yMax).max().orElse(0);
    }
  }

  /** A word and its box. */
  record Word(double xMin, double yMin, double xMax, double yMax, String text) {}

  /** A line of words, as pdftotext found it, cut at column boundaries. */
  record Line(List<Word> words) {
    String text() {
      return String.join(" ", words.stream().map(Word::text).toList());
    }

    String key() {
      return PdfPages.key(text());
    }

    double xMin() {
      return words.get(0).xMin();
    }

    double xMax() {
      return words.get(words.size() - 1).xMax();
    }

    double yMin() {
      return words.stream().mapToDouble(Word::yMin).min().orElse(0);
    }

    double yMax() {
      return words.stream().mapToDouble(Word::yMax).max().orElse(0);
    }

    double height() {
      return yMax() - yMin();
    }

    double centreY() {
      return (yMin() + yMax()) / 2;
    }

    double centreX() {
      return (xMin() + xMax()) / 2;
    }

    /** The line, quoted and shortened for a message. */
    String quoted() {
      return quote(text());
    }
  }

  /** Text in quotes, cut to 60 characters. */
  static String quote(String text) {
    String t = text.strip();
    return "'" + (t.length() > 60 ? t.substring(0, 57) + "…" : t) + "'";
  }
}
