package kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kehoach.Models;
import kehoach.pdf.PdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pdf-a} on render and batch (issue 13). */
class PdfAOptionTest {
  @TempDir Path dir;

  @Test
  void renderWritesPdfAOnlyWhenAsked() throws Exception {
    Path model = model();
    CheckCommandTest.Result plain =
        CheckCommandTest.run("render", model.toString(), "-o", dir.resolve("plain").toString());
    assertEquals(0, plain.status(), plain.err());
    CheckCommandTest.Result archival =
        CheckCommandTest.run(
            "render", model.toString(), "-o", dir.resolve("a").toString(), "--pdf-a");
    assertEquals(0, archival.status(), archival.err());
    assertFalse(PdfWriter.claimsPdfA(Files.readAllBytes(dir.resolve("plain/lao-cai.pdf"))));
    assertTrue(PdfWriter.claimsPdfA(Files.readAllBytes(dir.resolve("a/lao-cai.pdf"))));
  }

  @Test
  void batchRendersAPlainPdfAgainWhenPdfAIsAskedAndTheOtherWayRound() throws Exception {
    Path model = model();
    String out = dir.resolve("out").toString();
    assertEquals(0, CheckCommandTest.run("batch", model.toString(), "-o", out, "-q").status());
    Path pdf = dir.resolve("out/lao-cai.pdf");
    assertFalse(PdfWriter.claimsPdfA(Files.readAllBytes(pdf)));
    CheckCommandTest.Result again =
        CheckCommandTest.run("batch", model.toString(), "-o", out, "-q", "--pdf-a");
    assertEquals(0, again.status(), again.err());
    assertTrue(again.out().startsWith("1 rendered, 0 up to date"), again.out());
    assertTrue(PdfWriter.claimsPdfA(Files.readAllBytes(pdf)), "not taken for up to date");
    CheckCommandTest.Result same =
        CheckCommandTest.run("batch", model.toString(), "-o", out, "-q", "--pdf-a");
    assertTrue(same.out().startsWith("0 rendered, 1 up to date"), same.out());
    CheckCommandTest.Result plain =
        CheckCommandTest.run("batch", model.toString(), "-o", out, "-q");
    assertTrue(plain.out().startsWith("1 rendered, 0 up to date"), plain.out());
    assertFalse(PdfWriter.claimsPdfA(Files.readAllBytes(pdf)));
  }

  private Path model() throws Exception {
    Path model = dir.resolve("lao-cai.yaml");
    Files.writeString(model, Models.minimal());
    return model;
  }
}
