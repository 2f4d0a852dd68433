package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kehoach.Kehoach;
import kehoach.plan.ComputedPlan;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An appendix in a file of its own is titled with the appendix's own title, and its subject says
 * whose appendix it is, with the plan's trích yếu: in the PDF/A file (information dictionary and
 * XMP), the plain PDF and the DOCX alike. The plan's own file keeps the trích yếu as its title.
 */
class AppendixFileTitleTest {
  @TempDir Path dir;

  private static final RenderOptions SEPARATE =
      new RenderOptions(
          false, RenderOptions.Issue.ELECTRONIC, false, RenderOptions.Appendices.SEPARATE);

  @Test
  void theAppendixFileIsTitledWithTheAppendixAndTheSubjectNamesThePlan() throws Exception {
    Path model = Path.of("samples/ninh-thuan-2024.yaml");
    ComputedPlan plan = Kehoach.compute(model);
    String trichYeu = String.join(" ", plan.header().title()).replaceAll("\\s+", " ").strip();
    Path plain = dir.resolve("plain");
    Path archival = dir.resolve("pdfa");
    new Renderer(Optional.empty(), SEPARATE).render(model, Set.of(Format.PDF, Format.DOCX), plain);
    new Renderer(Optional.empty(), SEPARATE.withPdfA(true))
        .render(model, Set.of(Format.PDF), archival);

    String file = "ninh-thuan-2024.bieu-chi-tiet";
    Map<String, String> plainInfo = info(plain.resolve(file + ".pdf"));
    Map<String, String> archivalInfo = info(archival.resolve(file + ".pdf"));
    String title = plainInfo.get("Title");
    assertTrue(title.startsWith("Biểu chi tiết"), title);
    assertTrue(!title.contains(trichYeu), "the appendix's title, not the plan's: " + title);
    String subject = plainInfo.get("Subject");
    // the trích yếu as the sentence has it: its first letter may be lowered ("kế hoạch tổ chức …")
    assertTrue(subject != null && subject.contains(trichYeu.substring(1)), plainInfo.toString());
    assertEquals(title, archivalInfo.get("Title"), "PDF/A and plain PDF agree");
    assertEquals(subject, archivalInfo.get("Subject"), "PDF/A and plain PDF agree");
    String xmp = xmp(archival.resolve(file + ".pdf"));
    assertTrue(xmp.contains(title), xmp);
    assertTrue(xmp.contains(subject), xmp);
    try (InputStream in = Files.newInputStream(plain.resolve(file + ".docx"));
        XWPFDocument docx = new XWPFDocument(in)) {
      var core = docx.getProperties().getCoreProperties();
      assertEquals(title, core.getTitle(), "the DOCX agrees");
      assertEquals(subject, core.getSubject(), "the DOCX agrees");
    }

    // the plan's own file: the trích yếu as its PDF/A title, as before
    assertEquals(trichYeu, info(archival.resolve("ninh-thuan-2024.pdf")).get("Title"));
  }

  private static Map<String, String> info(Path pdf) throws Exception {
    try (PdfReader reader = new PdfReader(pdf.toString())) {
      return Map.copyOf(reader.getInfo());
    }
  }

  private static String xmp(Path pdf) throws Exception {
    try (PdfReader reader = new PdfReader(pdf.toString())) {
      return new String(reader.getMetadata(), StandardCharsets.UTF_8);
    }
  }
}
