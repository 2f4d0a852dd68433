package kehoach.wordimport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.diff.Fidelity;
import kehoach.render.Format;
import kehoach.render.Renderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kehoach's own DOCX of each sample, imported, renders again to the same paragraphs and cells (at
 * least 99 % of them, in order): the import reads back what kehoach writes, budgets included.
 */
class SampleRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023"})
  void aRenderedSampleImportsBackToTheSameDocument(String name) throws Exception {
    Path first = render(Path.of("samples", name + ".yaml"), name + ".docx");
    WordImport.Imported imported = WordImport.read(first);
    Path model = dir.resolve(name + ".imported.yaml");
    Files.writeString(model, imported.yaml(), StandardCharsets.UTF_8);
    Path second = render(model, name + ".again.docx");
    double share = Fidelity.of(first, second);
    assertTrue(
        share >= 0.99,
        name
            + ": "
            + share
            + "; missing:\n  "
            + String.join("\n  ", Fidelity.missing(first, second))
            + "\nwarnings: "
            + imported.warnings());
  }

  private Path render(Path model, String file) throws Exception {
    byte[] docx =
        Renderer.bytes(
            new Renderer(Optional.empty()).document(Kehoach.compute(model)), Format.DOCX);
    Path out = dir.resolve(file);
    Files.write(out, docx);
    return out;
  }
}
