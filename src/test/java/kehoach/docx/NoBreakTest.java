package kehoach.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.document.Reproducible;
import kehoach.render.Tools;
import kehoach.vi.Unbreakable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units stay on one line: what NoBreak's runs hold, and what LibreOffice does with them. */
class NoBreakTest {
  private static final List<String> UNITS =
      List.of(
          "36/QĐ-TTg",
          "4009/KH-UBND",
          "30/2020/NĐ-CP",
          "14-NQ/TU",
          "Số: 05/KH-UBND",
          "2021 - 2030",
          "2022-2030",
          "26/9/2023",
          "11/01/2021",
          "74.580.000",
          "7,5%");

  private static final String PREFIX = " Căn cứ ";
  private static final String SUFFIX = " ngày ký ban hành";
  private static final String TIMES_14 =
      "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
          + " w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>";

  @TempDir Path out;

  @Test
  void onlyTheBreaksChangeInsideAUnit() {
    assertEquals(
        "<w:r><w:t xml:space=\"preserve\">36/QĐ</w:t><w:noBreakHyphen/>"
            + "<w:t xml:space=\"preserve\">TTg</w:t></w:r>",
        NoBreak.run("36/QĐ-TTg", ""));
    assertEquals(
        "<w:r><w:t xml:space=\"preserve\">Số:\u00A005/KH</w:t><w:noBreakHyphen/>"
            + "<w:t xml:space=\"preserve\">UBND</w:t></w:r>",
        NoBreak.run("Số: 05/KH-UBND", ""));
    assertEquals(
        "<w:r><w:t xml:space=\"preserve\">2021\u00A0</w:t><w:noBreakHyphen/>"
            + "<w:t xml:space=\"preserve\">\u00A02030</w:t></w:r>",
        NoBreak.run("2021 - 2030", ""));
    // the run properties are kept and the text escaped
    assertEquals(
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">a\u00A0&amp;\u00A0b</w:t></w:r>",
        NoBreak.run("a & b", "<w:rPr><w:b/></w:rPr>"));
    List<String> units = new ArrayList<>(UNITS);
    units.addAll(List.of("2021–2030", "7,5 %", "Số:      /KH-UBND"));
    for (String unit : units) {
      String xml = NoBreak.run(unit, "");
      String text = xml.replace("<w:noBreakHyphen/>", "").replaceAll("<[^>]+>", "");
      assertFalse(text.contains("-") || text.contains(" "), xml + " may still break");
      assertEquals(count(unit, '-'), xml.split("<w:noBreakHyphen/>", -1).length - 1, xml);
      assertEquals(count(unit, ' '), count(text, NoBreak.NO_BREAK_SPACE), xml);
      // read back as Apache POI and LibreOffice do, the non-breaking hyphen as U+2011: mapped back
      // to a hyphen and a space, the text is the unit's, every other character as it was
      String read =
          xml.replace("<w:noBreakHyphen/>", "\u2011")
              .replaceAll("<[^>]+>", "")
              .replace('\u2011', '-')
              .replace(NoBreak.NO_BREAK_SPACE, ' ');
      assertEquals(unit, read);
    }
  }

  /**
   * One paragraph per unit and width, from just wider than the unit to a good deal wider, so that
   * every position inside each unit meets the end of a line: as plain text LibreOffice breaks
   * inside the units with a hyphen or a space, with the units Unbreakable finds written as
   * NoBreak's runs it never does, and its PDF still reads "QĐ-TTg" with a hyphen-minus.
   */
  @Test
  void libreOfficeNoLongerBreaksInsideAUnit() throws Exception {
    Tools.require("soffice");
    Tools.require("pdftotext");
    Map<String, String[]> paragraphs = new LinkedHashMap<>(); // marker -> {variant, unit}
    StringBuilder body = new StringBuilder();
    int n = 0;
    for (String variant : List.of("plain", "nobreak")) {
      for (String unit : UNITS) {
        for (int width = 110; width <= 230; width += 2) {
          String marker = String.format("X%04d", ++n);
          paragraphs.put(marker, new String[] {variant, unit});
          String text = marker + PREFIX + unit + SUFFIX;
          String runs = variant.equals("plain") ? plainRun(text) : noBreakRuns(text, unit);
          body.append("<w:p><w:pPr><w:spacing w:after=\"120\"/><w:ind w:left=\"0\" w:right=\"")
              .append((482 - width) * 20)
              .append("\"/></w:pPr>")
              .append(runs)
              .append("</w:p>");
        }
      }
    }
    Path docx = out.resolve("units.docx");
    // docx4j's default styles, which this test was written with: 11 pt, 10 pt after, 1.15 lines
    String styles =
        "<w:styles xmlns:w=\""
            + Wml.W
            + "\"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"200\""
            + " w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "</w:styles>";
    try (OutputStream file = Files.newOutputStream(docx)) {
      DocxPackage.write(
          file,
          Reproducible.ZIP_EPOCH,
          styles,
          "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata"
              + "/core-properties\"/>",
          text ->
              text.write(
                  body
                      + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\""
                      + " w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\""
                      + " w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"));
    }
    Tools.convertWithLibreOffice(List.of(docx), out, out.resolve("profile"));
    Path pdf = out.resolve("units.pdf");
    Map<String, List<String>> lines =
        paragraphLines(Tools.run("pdftotext", "-bbox-layout", pdf.toString(), "-"));

    Map<String, Integer> plainBreaks = new TreeMap<>();
    List<String> noBreakBreaks = new ArrayList<>();
    for (var e : paragraphs.entrySet()) {
      String variant = e.getValue()[0];
      String unit = e.getValue()[1];
      String expected = e.getKey() + PREFIX + unit + SUFFIX;
      List<Integer> breaks = breaks(expected, lines.getOrDefault(e.getKey(), List.of()));
      int start = expected.indexOf(unit);
      for (int b : breaks) {
        boolean inside = b > start && b < start + unit.length();
        // plain text may break after the dash of "2021 - 2030" as well as before it; only the
        // break before it is looked for below
        boolean afterDash = expected.startsWith("- ", b - 2);
        if (inside && !(afterDash && variant.equals("plain"))) {
          String where = unit.substring(0, b - start) + "|" + unit.substring(b - start);
          if (variant.equals("plain")) {
            plainBreaks.merge(where, 1, Integer::sum);
          } else {
            noBreakBreaks.add(e.getKey() + " " + where);
          }
        }
      }
    }
    // the paragraphs did put the units across the ends of lines
    for (String where :
        List.of(
            "36/QĐ-|TTg",
            "4009/KH-|UBND",
            "30/2020/NĐ-|CP",
            "14-|NQ/TU",
            "Số: |05/KH-UBND",
            "2021 |- 2030",
            "2022-|2030")) {
      assertTrue(plainBreaks.containsKey(where), where + " not seen; plain breaks: " + plainBreaks);
    }
    assertEquals(List.of(), noBreakBreaks);

    String text = Tools.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    assertTrue(text.contains("36/QĐ-TTg"), "a reader copies 36/QĐ-TTg with a hyphen-minus");
    assertFalse(text.contains("\u2011"), "no U+2011 in what a reader copies");
  }

  private static String plainRun(String text) {
    return "<w:r>" + TIMES_14 + "<w:t xml:space=\"preserve\">" + Wml.escape(text) + "</w:t></w:r>";
  }

  /**
   * {@code text} as DocxWriter writes it: the units {@link Unbreakable} finds in {@code NoBreak}'s
   * runs, the rest in plain runs. The one unit found is {@code unit}.
   */
  private static String noBreakRuns(String text, String unit) {
    List<Unbreakable.Span> spans = Unbreakable.spans(text);
    assertEquals(
        List.of(unit),
        spans.stream().map(s -> text.substring(s.start(), s.end())).toList(),
        "the units of " + text);
    StringBuilder runs = new StringBuilder();
    int at = 0;
    for (Unbreakable.Span s : spans) {
      if (s.start() > at) {
        runs.append(plainRun(text.substring(at, s.start())));
      }
      runs.append(NoBreak.run(text.substring(s.start(), s.end()), TIMES_14));
      at = s.end();
    }
    if (at < text.length()) {
      runs.append(plainRun(text.substring(at)));
    }
    return runs.toString();
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  /** The lines of each paragraph, by the marker its first line starts with. */
  private static Map<String, List<String>> paragraphLines(String bboxLayout) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Pattern line = Pattern.compile("<line[^>]*>(.*?)</line>", Pattern.DOTALL);
    Pattern word = Pattern.compile("<word[^>]*>(.*?)</word>", Pattern.DOTALL);
    String current = null;
    Matcher l = line.matcher(bboxLayout);
    while (l.find()) {
      List<String> words = new ArrayList<>();
      Matcher w = word.matcher(l.group(1));
      while (w.find()) {
        words.add(unescape(w.group(1)));
      }
      String text = String.join(" ", words);
      if (text.matches("X\\d{4}\\b.*")) {
        current = text.substring(0, 5);
      }
      if (current != null) {
        out.computeIfAbsent(current, k -> new ArrayList<>()).add(text);
      }
    }
    return out;
  }

  /** Where each new line starts, as an index into {@code expected}. */
  private static List<Integer> breaks(String expected, List<String> lines) {
    String joined =
        String.join("\n", lines)
            .replace(NoBreak.NO_BREAK_SPACE, ' ')
            .replace('\u2011', '-')
            .replace("\u2060", "");
    List<Integer> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < expected.length() && j < joined.length()) {
      char a = expected.charAt(i);
      char b = joined.charAt(j);
      if (b == '\n') {
        if (a == ' ') {
          i++;
        }
        out.add(i);
        j++;
      } else if (a == b) {
        i++;
        j++;
      } else if (a == ' ') {
        i++;
      } else {
        throw new AssertionError("the PDF reads " + lines + " for " + expected);
      }
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
