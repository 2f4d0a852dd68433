package kehoach.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import kehoach.Models;
import kehoach.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph of a megabyte renders, and nothing of it is lost. Laying out a paragraph once grew
 * with the square of its length (a megabyte took two minutes); the time limits here only guard
 * against a hang, since timings are measured in {@code bench/long-paragraph.sh}, not asserted.
 */
class LongTextTest {
  /** A sentence of a real plan, with a date, a number and a document symbol marked unbreakable. */
  private static final String SENTENCE =
      "Tổ chức kiểm tra công tác cải cách hành chính tại 15 đơn vị ngày 05/01/2026 theo Quyết"
          + " định số 1431/QĐ-UBND. ";

  @TempDir Path dir;

  private Path model(String paragraph) throws IOException {
    Path model = dir.resolve("plan.yaml");
    String yaml =
        Models.minimal()
            .replace(
                "sections:\n",
                "sections:\n  - title: Nội dung\n    content:\n      - \"" + paragraph + "\"\n");
    Files.writeString(model, yaml);
    return model;
  }

  private void render(Path model, String formats) {
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new String[] {
              "render", model.toString(), "-o", dir.resolve("out").toString(), "--format", formats
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(0, status, err::toString);
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The Word document's body as XML. */
  private static String documentXml(Path docx) throws IOException {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      return new String(
          zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aParagraphOfOneMegabyteRendersWhole() throws IOException {
    int sentences = 1_000_000 / SENTENCE.length() + 1;
    render(model(SENTENCE.repeat(sentences).strip()), "docx,pdf,txt");
    String text = Files.readString(dir.resolve("out/plan.txt")).replaceAll("\\s+", " ");
    assertEquals(sentences, count(text, "Quyết định số 1431/QĐ-UBND."), "every sentence is there");
    assertTrue(Files.size(dir.resolve("out/plan.pdf")) > 100_000, "the PDF holds the pages");
    String docx = documentXml(dir.resolve("out/plan.docx"));
    assertEquals(sentences, count(docx, "theo Quyết định số"), "every sentence is in the DOCX");
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aHundredThousandPlaceholdersInOneParagraphRender() throws IOException {
    String paragraph = "Tổng kinh phí (${appendix:budget}): " + "${total} đồng; ".repeat(100_000);
    // its DOCX too is measured in bench/long-paragraph.sh; here the layout is what is guarded
    render(model(paragraph.strip()), "pdf,txt");
    String text = Files.readString(dir.resolve("out/plan.txt")).replaceAll("\\s+", " ");
    assertTrue(count(text, " đồng;") >= 100_000, "every total is printed");
  }
}
