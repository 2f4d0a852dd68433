package kehoach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.PlanException;
import kehoach.plan.Part;
import kehoach.render.Format;
import kehoach.render.Renderer;
import org.junit.jupiter.api.Test;

/** The models shown in the README and the docs are correct models, so the docs cannot rot. */
class DocsExamplesTest {
  private static List<String> yamlBlocks(String file) throws IOException {
    Matcher m =
        Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of(file)));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertFalse(blocks.isEmpty(), file + " shows no model");
    return blocks;
  }

  @Test
  void theReadmeExampleIsACorrectModel() throws IOException, PlanException {
    var plan = Kehoach.compute("README.md", yamlBlocks("README.md").get(0));
    assertEquals("Mười lăm triệu đồng", plan.budgets().get("budget").words());
  }

  @Test
  void theNumberingExampleOfTheDocsPrintsWhatItsCommentsSay() throws IOException, PlanException {
    String example =
        yamlBlocks("docs/plan-model.md").stream()
            .filter(b -> b.contains("stt: \"2a\""))
            .findFirst()
            .orElseThrow();
    String yaml =
        Models.minimal()
            .replace(
                "    content:\n      - budget:\n",
                "    content:\n" + example.indent(6) + "      - budget:\n");
    var table =
        (Part.Table) Kehoach.compute("plan-model.md", yaml).appendices().get(0).parts().get(0);
    List<String> said = new ArrayList<>();
    Matcher m = Pattern.compile("# prints ([^,\\s]+)").matcher(example);
    while (m.find()) {
      said.add(m.group(1).equals("nothing") ? "" : m.group(1));
    }
    assertEquals(said, table.grid().rows().stream().map(r -> r.cells().get(0).plain()).toList());
  }

  @Test
  void theMergedCellsExampleOfTheDocsPrintsAsShown() throws IOException, PlanException {
    String docs = Files.readString(Path.of("docs/plan-model.md"));
    String example =
        yamlBlocks("docs/plan-model.md").stream()
            .filter(b -> b.contains("span: 2"))
            .findFirst()
            .orElseThrow();
    int shown = docs.indexOf("```text\n", docs.indexOf(example)) + "```text\n".length();
    String printed = docs.substring(shown, docs.indexOf("```", shown));
    String yaml =
        Models.minimal()
            .replace(
                "    content:\n      - budget:\n",
                "    content:\n" + example.indent(6) + "      - budget:\n");
    var document = new Renderer(Optional.empty()).document(Kehoach.compute("plan-model.md", yaml));
    String text = new String(Renderer.bytes(document, Format.TXT), StandardCharsets.UTF_8);
    assertTrue(text.contains(printed), text);
  }

  @Test
  void theCompleteModelOfTheDocsIsCorrect() throws IOException, PlanException {
    List<String> blocks = yamlBlocks("docs/plan-model.md");
    var plan = Kehoach.compute("plan-model.md", blocks.get(blocks.size() - 1));
    // 24 × 200.000 + 6 × 1.500.000 = 13.800.000; 500.000 + 5 % × 4.800.000 = 740.000
    assertEquals(0, new BigDecimal("14540000").compareTo(plan.budgets().get("budget").total()));
    assertEquals("Phụ lục II", plan.appendices().get(1).name());
  }
}
