package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import kehoach.Kehoach;
import kehoach.pages.Mark;
import kehoach.pages.PageLayout;
import kehoach.pages.Typeface;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wording around the appendices and the body, in the DOCX (read with Apache POI), the PDF (read
 * with pdftotext) and the text output: the "(Ban hành kèm theo …)" line, a centred and an
 * unindented paragraph, italic in Nơi nhận, and inline căn cứ that keep their own ending and their
 * line breaks.
 */
class WordingRenderTest {
  private static final String MODEL =
      """
      issuer:
        name: Ủy ban nhân dân tỉnh Lâm Đồng
        appendixName: UBND tỉnh Lâm Đồng
      document:
        place: Lâm Đồng
        date: 2025-12
      title: Kiểm tra công tác cải cách hành chính năm 2026
      bases:
        layout: inline
        joiner: ";\\n"
        separator: ";\\n"
        items:
          - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025
          - Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.
        closing: "UBND tỉnh ban hành Kế hoạch kiểm tra như sau:"
      sections:
        - title: Nhiệm vụ
          content:
            - {text: "(Phân công nhiệm vụ theo ${appendix:tasks} đính kèm)", align: center}
            - text: >-
                Các sở, ngành căn cứ nhiệm vụ được giao tại Phụ lục, chủ động triển khai thực hiện
                bảo đảm chất lượng, hiệu quả.
              indent: false
            - Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.
      recipients:
        - Bộ Khoa học và Công nghệ (*b/cáo*);
        - {name: "**Thường trực Tỉnh ủy**", note: "*để báo cáo*"}
      archive: [VT, NC]
      signature: {authority: [KT. Chủ tịch], title: Phó Chủ tịch, name: Nguyễn Ngọc Phúc}
      appendices:
        - id: tasks
          title: Phân công nhiệm vụ
          attached: "Ban hành kèm theo Kế hoạch số ${number} ngày ${date:short}\\ncủa ${issuer}"
          content:
            - table:
                columns: [stt, content, lead]
                rows:
                  - {content: Kiểm tra công tác cải cách hành chính, lead: Sở Nội vụ}
      """;

  /** A4 portrait with the bundled margins (30 mm left, 15 mm right), in points. */
  private static final double LEFT = 30 / 25.4 * 72;

  private static final double RIGHT = (210 - 15) / 25.4 * 72;
  private static final double INDENT = 72 / 2.54;

  private static final String BASES =
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n"
          + "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.\n"
          + "UBND tỉnh ban hành Kế hoạch kiểm tra như sau:";

  private static final String ATTACHED =
      "(Ban hành kèm theo Kế hoạch số      /KH-UBND ngày      /12/2025\ncủa UBND tỉnh Lâm Đồng)";

  @TempDir static Path out;
  private static Path docx;
  private static Path pdf;
  private static Path txt;

  @BeforeAll
  static void render() throws Exception {
    Path model = out.resolve("wording.yaml");
    Files.writeString(model, MODEL);
    List<Path> files =
        new Renderer(Optional.empty()).render(model, EnumSet.allOf(Format.class), out);
    docx = files.get(0);
    pdf = files.get(1);
    txt = files.get(2);
  }

  // ---- reading the outputs ------------------------------------------------------------------

  private static XWPFDocument docx() throws IOException {
    try (InputStream in = Files.newInputStream(docx)) {
      return new XWPFDocument(in);
    }
  }

  /** Every paragraph of the DOCX, in tables too. */
  private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
    List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
    for (XWPFTable t : doc.getTables()) {
      t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
    }
    return all;
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
    return paragraphs(doc).stream()
        .filter(p -> read(p).startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph begins \"" + start + "\""));
  }

  /** A paragraph's text; POI reads a {@code <w:br/>} as "\n", no-break characters as such. */
  private static String read(XWPFParagraph p) {
    return p.getText().replace('\u2011', '-').replace('\u00A0', ' ');
  }

  /** A line of the PDF as pdftotext sets it: its words, and where it starts and ends. */
  private record PdfLine(String text, double xMin, double xMax) {}

  private static final Pattern LINE =
      Pattern.compile(
          "<line xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>(.*?)</line>",
          Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("<word[^>]*>(.*?)</word>");

  private static List<PdfLine> pdfLines() throws Exception {
    String xml = Tools.run("pdftotext", "-enc", "UTF-8", "-bbox-layout", pdf.toString(), "-");
    List<PdfLine> lines = new ArrayList<>();
    Matcher line = LINE.matcher(xml);
    while (line.find()) {
      List<String> words = new ArrayList<>();
      Matcher word = WORD.matcher(line.group(3));
      while (word.find()) {
        words.add(word.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
      }
      lines.add(
          new PdfLine(
              String.join(" ", words),
              Double.parseDouble(line.group(1)),
              Double.parseDouble(line.group(2))));
    }
    return lines;
  }

  private static int lineStarting(List<PdfLine> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).text().startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line of the PDF begins \"" + start + "\": " + lines);
  }

  /**
   * The PDF's text as pdftotext lays it out (-layout: a line with blanks in it stays one line),
   * each line's spaces collapsed as a reader sees them.
   */
  private static String pdfText() throws Exception {
    String text = Tools.run("pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-");
    return String.join("\n", text.lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList());
  }

  // ---- (a) the line under an appendix's title ------------------------------------------------

  @Test
  void theAttachedLineHasTheModelsWordsAndItsLineBreak() throws Exception {
    XWPFDocument doc = docx();
    assertEquals(ATTACHED, read(paragraph(doc, "(Ban hành kèm theo")));
    assertEquals("KHAppendixAttached", paragraph(doc, "(Ban hành kèm theo").getStyle());

    assertTrue(
        pdfText()
            .contains(
                "(Ban hành kèm theo Kế hoạch số /KH-UBND ngày /12/2025\ncủa UBND tỉnh Lâm Đồng)"),
        "two lines, the blanks as spaces");
    assertTrue(Files.readString(txt, StandardCharsets.UTF_8).contains(ATTACHED));
  }

  // ---- (b) a paragraph centred, a paragraph without indent ----------------------------------

  @Test
  void aParagraphSetApartIsCentredOrFlushInTheDocx() throws Exception {
    XWPFDocument doc = docx();
    XWPFParagraph centred = paragraph(doc, "(Phân công nhiệm vụ theo Phụ lục đính kèm)");
    assertEquals("KHText", centred.getStyle(), "the body's style, the difference made direct");
    assertEquals(ParagraphAlignment.CENTER, centred.getAlignment());
    assertEquals(BigInteger.ZERO, centred.getCTP().getPPr().getInd().getFirstLine());

    XWPFParagraph flush = paragraph(doc, "Các sở, ngành");
    assertEquals("KHText", flush.getStyle());
    assertFalse(flush.getCTP().getPPr().isSetJc(), "justified, as the style");
    assertEquals(BigInteger.ZERO, flush.getCTP().getPPr().getInd().getFirstLine());

    XWPFParagraph usual = paragraph(doc, "Sở Nội vụ theo dõi");
    assertFalse(usual.getCTP().getPPr().isSetInd(), "the style's own 1 cm indent");
  }

  @Test
  void aParagraphSetApartIsCentredOrFlushInThePdf() throws Exception {
    List<PdfLine> lines = pdfLines();
    PdfLine centred = lines.get(lineStarting(lines, "(Phân công nhiệm vụ"));
    assertEquals((LEFT + RIGHT) / 2, (centred.xMin() + centred.xMax()) / 2, 0.5, "centred");
    assertEquals(LEFT, lines.get(lineStarting(lines, "Các sở, ngành")).xMin(), 0.5, "flush");
    assertEquals(
        LEFT + INDENT, lines.get(lineStarting(lines, "Sở Nội vụ theo dõi")).xMin(), 0.5, "1 cm");
  }

  // ---- (c) bold and italic in Nơi nhận ------------------------------------------------------

  @Test
  void recipientsCarryItalicAndBoldNotStars() throws Exception {
    XWPFDocument doc = docx();
    XWPFParagraph first = paragraph(doc, "- Bộ Khoa học");
    assertEquals("- Bộ Khoa học và Công nghệ (b/cáo);", read(first));
    XWPFRun note = first.getRuns().stream().filter(r -> r.text().equals("b/cáo")).findFirst().get();
    assertTrue(note.isItalic());
    XWPFParagraph second = paragraph(doc, "- Thường trực");
    assertEquals("- Thường trực Tỉnh ủy (để báo cáo);", read(second));
    assertTrue(second.getRuns().stream().anyMatch(r -> r.text().contains("Tỉnh ủy") && r.isBold()));

    String pdfText = pdfText();
    assertTrue(pdfText.contains("- Bộ Khoa học và Công nghệ (b/cáo);"), pdfText);
    assertTrue(pdfText.contains("- Thường trực Tỉnh ủy (để báo cáo);"), pdfText);
    assertFalse(pdfText.contains("*"), "no marks printed as stars");
    // the PDF draws what the page layout lays out: "b/cáo" in the italic face
    var marks =
        PageLayout.pages(
                new Renderer(Optional.empty()).document(Kehoach.compute("wording.yaml", MODEL)))
            .get(0)
            .marks();
    assertTrue(
        marks.stream()
            .anyMatch(
                m ->
                    m instanceof Mark.Text t
                        && t.text().equals("b/cáo")
                        && t.face() == Typeface.ITALIC),
        marks::toString);
  }

  // ---- (d), (e) căn cứ: the author's ending kept, line breaks kept -------------------------

  @Test
  void inlineBasesKeepTheirEndingAndLineBreaksInTheDocx() throws Exception {
    XWPFDocument doc = docx();
    XWPFParagraph bases = paragraph(doc, "Căn cứ Luật");
    assertEquals(BASES, read(bases));
    assertEquals(
        2,
        bases.getCTP().getRList().stream().filter(r -> r.sizeOfBrArray() > 0).count(),
        "<w:br/>");
    // Word and LibreOffice would stretch the line a manual break ends across the whole width
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      String settings =
          new String(
              zip.getInputStream(zip.getEntry("word/settings.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(settings.contains("<w:doNotExpandShiftReturn/>"), settings);
    }
  }

  @Test
  void inlineBasesKeepTheirEndingAndLineBreaksInThePdfAndText() throws Exception {
    List<PdfLine> lines = pdfLines();
    int first = lineStarting(lines, "Căn cứ Luật");
    assertEquals(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;", lines.get(first).text());
    assertEquals(LEFT + INDENT, lines.get(first).xMin(), 0.5);
    assertTrue(lines.get(first).xMax() < RIGHT - 50, "not stretched to the margin: " + lines);
    PdfLine second = lines.get(first + 1);
    assertTrue(second.text().startsWith("Căn cứ Nghị định"), second::toString);
    assertEquals(LEFT, second.xMin(), 0.5, "a new line of the same paragraph: no indent");
    assertTrue(pdfText().contains("văn thư.\nUBND tỉnh ban hành"), "the author's \".\"");

    assertTrue(Files.readString(txt, StandardCharsets.UTF_8).contains(BASES));
  }
}
