package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DOCX is a real Word document: LibreOffice opens it and lays it out as kehoach's PDF. */
class LibreOfficeTest {
  private static final Pattern PAGES = Pattern.compile("Pages:\\s+(\\d+)");

  @TempDir Path out;

  @ParameterizedTest
  @ValueSource(strings = {"ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023"})
  void libreOfficeOpensTheDocxWithTheSamePageCount(String sample) throws Exception {
    Tools.require("soffice");
    List<Path> files =
        new Renderer(Optional.empty())
            .render(Path.of("samples", sample + ".yaml"), EnumSet.of(Format.DOCX, Format.PDF), out);
    Path converted = out.resolve("libreoffice");
    convert(files.get(0), converted);
    Path fromDocx = converted.resolve(sample + ".pdf");
    assertTrue(Files.exists(fromDocx), "LibreOffice converted the DOCX");
    int ours = pages(files.get(1));
    int theirs = pages(fromDocx);
    assertTrue(
        Math.abs(ours - theirs) <= 1,
        "kehoach's PDF has " + ours + " pages, LibreOffice's " + theirs);
  }

  @org.junit.jupiter.api.Test
  void libreOfficeOpensARedlineWithItsChanges() throws Exception {
    Tools.require("soffice");
    Path redline = out.resolve("redline.docx");
    kehoach.diff.PlanDiff.redline(
        Path.of("samples/ninh-thuan-2024.yaml"),
        Path.of("src/test/resources/edits/ninh-thuan-2024-edited.yaml"),
        redline,
        Optional.empty());
    Path converted = out.resolve("libreoffice");
    convert(redline, converted);
    String text = Tools.pdfText(converted.resolve("redline.pdf"));
    // LibreOffice shows deleted words struck through, so both versions' figures are on the page
    assertTrue(text.contains("74.580.000") && text.contains("76.080.000"), text);
    assertTrue(text.contains("Thuê máy chiếu"), text);
  }

  /** Converts a DOCX to PDF with LibreOffice, with a profile of its own. */
  private void convert(Path docx, Path folder) throws Exception {
    Tools.convertWithLibreOffice(List.of(docx), folder, out.resolve("profile"));
  }

  private static int pages(Path pdf) throws Exception {
    Matcher m = PAGES.matcher(Tools.run("pdfinfo", pdf.toString()));
    assertTrue(m.find());
    return Integer.parseInt(m.group(1));
  }
}
