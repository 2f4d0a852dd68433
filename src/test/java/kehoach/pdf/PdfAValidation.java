package kehoach.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates any PDF with the veraPDF profile {@link PdfATest} uses, for a reviewer: {@code mvn -q
 * test -Dtest=PdfAValidation -Dpdfa.files=out/a.pdf,out/b.pdf} (docs/pdfa.md). Not part of the
 * suite (its name is not a test's), so it runs only when asked for, and then on the files given.
 */
class PdfAValidation {
  @BeforeAll
  static void veraPdf() {
    PdfATest.veraPdf();
  }

  @Test
  void givenFilesPass() throws Exception {
    String files = System.getProperty("pdfa.files", "");
    assertTrue(!files.isBlank(), "give the files to validate: -Dpdfa.files=a.pdf,b.pdf");
    List<String> broken = new ArrayList<>();
    for (String file : files.split(",")) {
      List<String> failed = PdfATest.failedRules(Files.readAllBytes(Path.of(file.strip())));
      if (!failed.isEmpty()) {
        broken.add(file.strip() + " breaks PDF/A-2B:\n" + String.join("\n", failed));
      }
    }
    assertTrue(broken.isEmpty(), String.join("\n", broken));
  }
}
