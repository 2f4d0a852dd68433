package kehoach.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kehoach.model.PlanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chú thích (footnotes, endnotes) and text boxes, which Word keeps outside the paragraphs' own
 * text: the reader gives each with the paragraph it belongs to, so that nothing a drafter wrote is
 * lost.
 */
class NotesAndTextBoxesTest {
  private static final Path REAL = Path.of("src/test/resources/real-docx");
  private static final String NS =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
          + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
          + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

  @TempDir Path dir;

  @Test
  void aRealFootnoteIsReadWithItsParagraphAndMark() throws PlanException {
    WordDocument d = WordReader.read(REAL.resolve("lamdong-kh-thidua-cchc-2026.docx"));
    assertEquals(1, d.notes().size(), d.notes().toString());
    WordNote note = d.notes().get(0);
    assertEquals("footnote", note.kind());
    assertTrue(note.text().startsWith("Theo Quyết định: Thống nhất áp dụng"), note.text());
    WordParagraph p = paragraph(d, note.paragraph());
    assertTrue(p.text().startsWith("Căn cứ Quyết định số 58/QĐ-UBND"), p.text());
    assertTrue(p.text().substring(0, note.offset()).endsWith("tỉnh Lâm Đồng"), p.text());
  }

  @Test
  void aRealDraftStampInATextBoxIsReadOnceNotFromBothChoiceAndFallback() throws PlanException {
    WordDocument d = WordReader.read(REAL.resolve("lamdong-kh-kiemtra-cchc-2026.draft.docx"));
    assertEquals(1, d.textBoxes().size(), d.textBoxes().toString());
    TextBox box = d.textBoxes().get(0);
    assertEquals("DỰ THẢO", box.text());
    assertTrue(paragraph(d, box.paragraph()).text().startsWith("Số:"));
    assertTrue(
        d.allParagraphs().stream().noneMatch(p -> p.text().contains("DỰ THẢO")),
        "the box's text is not part of the paragraph it is anchored in");
  }

  @Test
  void endnotesAndVmlTextBoxesAreRead() throws Exception {
    String body =
        "<w:p><w:r><w:t>Căn cứ Luật Tổ chức chính quyền địa phương</w:t></w:r>"
            + "<w:r><w:endnoteReference w:id=\"2\"/></w:r><w:r><w:t>;</w:t></w:r></w:p>"
            + "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
            + "<w:p><w:r><w:t>Mật</w:t></w:r></w:p><w:p><w:r><w:t>Khẩn</w:t></w:r></w:p>"
            + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
            + "<w:r><w:t>Kính gửi các sở</w:t></w:r></w:p>";
    String endnotes =
        "<w:endnotes "
            + NS
            + "><w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
            + "</w:endnote><w:endnote w:id=\"2\"><w:p><w:r><w:endnoteRef/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> Luật số 72/2025/QH15.</w:t></w:r></w:p>"
            + "</w:endnote></w:endnotes>";
    WordDocument d = WordReader.read(docx(body, Map.of("endnotes", endnotes)));
    assertEquals(List.of(new WordNote("endnote", "2", 1, 42, "Luật số 72/2025/QH15.")), d.notes());
    assertEquals(1, d.textBoxes().size());
    assertEquals(2, d.textBoxes().get(0).paragraph());
    assertEquals("Mật Khẩn", d.textBoxes().get(0).text());
    assertEquals("Kính gửi các sở", paragraph(d, 2).text());
  }

  private static WordParagraph paragraph(WordDocument d, int number) {
    return d.allParagraphs().stream().filter(p -> p.number() == number).findFirst().orElseThrow();
  }

  /** A DOCX of {@code body} (document.xml's body) and the notes parts named in {@code notes}. */
  private Path docx(String body, Map<String, String> notes) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
    StringBuilder rels =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    int id = 1;
    for (var e : notes.entrySet()) {
      types.append(
          "<Override PartName=\"/word/%s.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml\"/>"
              .formatted(e.getKey(), e.getKey()));
      rels.append(
          "<Relationship Id=\"rId%d\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s\" Target=\"%s.xml\"/>"
              .formatted(id++, e.getKey(), e.getKey()));
      parts.put("word/" + e.getKey() + ".xml", e.getValue());
    }
    parts.put("[Content_Types].xml", types.append("</Types>").toString());
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    parts.put("word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
    parts.put(
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
            + NS
            + "><w:body>"
            + body
            + "<w:sectPr/></w:body></w:document>");
    Path file = dir.resolve("notes.docx");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }
}
