package kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import kehoach.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --issue electronic} and {@code --signature-fields} on render and batch (issue 13). */
class IssueOptionTest {
  @TempDir Path dir;

  @Test
  void renderWarnsOfTheNumberAndDateItDoesNotPrint() throws Exception {
    Path model = model();
    CheckCommandTest.Result r =
        CheckCommandTest.run(
            "render", model.toString(), "-o", dir.resolve("e").toString(), "--issue", "electronic");
    assertEquals(0, r.status(), r.err());
    assertEquals(
        "kehoach: warning: "
            + model
            + ": document.number 5 is not printed in electronic issue; the văn thư's signing tool"
            + " stamps it\n"
            + "kehoach: warning: "
            + model
            + ": document.date 2026-01-05 is not printed in electronic issue; the văn thư's signing"
            + " tool stamps it\n",
        r.err().replace("\r\n", "\n"));
    CheckCommandTest.Result paper =
        CheckCommandTest.run("render", model.toString(), "-o", dir.resolve("p").toString());
    assertEquals("", paper.err(), "paper prints them: nothing to warn of");
  }

  @Test
  void renderPutsTheFieldsWhenAsked() throws Exception {
    Path model = model();
    CheckCommandTest.Result r =
        CheckCommandTest.run(
            "render",
            model.toString(),
            "-o",
            dir.toString(),
            "-f",
            "pdf",
            "--issue",
            "electronic",
            "--signature-fields",
            "--pdf-a");
    assertEquals(0, r.status(), r.err());
    PdfReader reader = new PdfReader(Files.readAllBytes(dir.resolve("lao-cai.pdf")));
    try {
      assertEquals(
          Set.of("ChuKyNguoiKy", "ChuKyCoQuan"),
          Set.copyOf(reader.getAcroFields().getAllFields().keySet()));
    } finally {
      reader.close();
    }
  }

  @Test
  void signatureFieldsOnPaperIsAUsageError() throws Exception {
    for (String command : new String[] {"render", "batch"}) {
      CheckCommandTest.Result r =
          CheckCommandTest.run(
              command, model().toString(), "-o", dir.resolve("x").toString(), "--signature-fields");
      assertEquals(2, r.status(), command);
      assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
      assertTrue(r.err().contains("--signature-fields needs --issue electronic"), r.err());
      assertFalse(Files.exists(dir.resolve("x/lao-cai.pdf")), "nothing written");
    }
  }

  @Test
  void anUnknownIssueIsAUsageError() throws Exception {
    CheckCommandTest.Result r =
        CheckCommandTest.run("render", model().toString(), "-o", dir.toString(), "--issue", "fax");
    assertEquals(2, r.status());
    assertEquals("kehoach render: --issue takes paper or electronic, not \"fax\"", r.err().strip());
  }

  @Test
  void batchRendersElectronically() throws Exception {
    Path model = model();
    CheckCommandTest.Result r =
        CheckCommandTest.run(
            "batch",
            model.toString(),
            "-o",
            dir.resolve("out").toString(),
            "-q",
            "-f",
            "txt",
            "--issue",
            "electronic");
    assertEquals(0, r.status(), r.err());
    String text = Files.readString(dir.resolve("out/lao-cai.txt"));
    assertTrue(text.contains("ngày       tháng       năm 20…"), text);
    assertFalse(text.contains("05/KH-UBND"), text);
  }

  private Path model() throws Exception {
    Path model = dir.resolve("lao-cai.yaml");
    Files.writeString(model, Models.minimal());
    return model;
  }
}
