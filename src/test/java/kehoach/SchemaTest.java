package kehoach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published schema accepts what kehoach accepts and refuses what it refuses. */
class SchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static Set<ValidationMessage> validate(String yaml) throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(Files.readString(Path.of("schema/plan.schema.json")));
    JsonNode model = YAML.readTree(yaml);
    return schema.validate(model);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023"})
  void everySampleValidates(String sample) throws IOException {
    assertEquals(Set.of(), validate(Files.readString(Path.of("samples", sample + ".yaml"))));
  }

  @Test
  void theTestModelValidates() throws IOException {
    assertEquals(Set.of(), validate(Models.minimal()));
  }

  @Test
  void aRowsOwnNumberIsAcceptedInBothKindsOfTable() throws IOException {
    String yaml =
        Models.withBudget(
                "- {stt: 1a, content: a, amount: 1}\n- {stt: '', content: b, amount: 1}\n")
            .replace(
                "    content:\n      - budget:\n",
                "    content:\n      - table: {rows: [{stt: 9, content: a}, {stt: '', content: b}]}\n"
                    + "      - budget:\n");
    assertEquals(Set.of(), validate(yaml));
    assertFalse(validate(Models.withBudget("- {stt: [1], content: a, amount: 1}\n")).isEmpty());
  }

  @Test
  void mergedCellsAreAccepted() throws IOException {
    assertEquals(Set.of(), validate(Models.withTable(Models.MERGED_TASKS)));
    assertFalse(
        validate(Models.withTable("rows: [{content: {text: a, span: 0}}]")).isEmpty(),
        "a cell spans at least its own column");
    assertFalse(
        validate(Models.withTable("rows: [{content: {text: a, colspan: 2}}]")).isEmpty(),
        "a merged cell has text, span and rows");
  }

  @Test
  void theWordingAroundAppendicesAndTheBodyIsAccepted() throws IOException {
    String yaml =
        Models.minimal()
            .replace(
                "chi tiết tại ${appendix:budget}.\"\n",
                "chi tiết tại ${appendix:budget}.\"\n"
                    + "      - {text: '(Phân công theo Phụ lục)', align: center}\n"
                    + "      - {text: Sát lề, indent: false}\n")
            .replace(
                "    title: Dự toán kinh phí\n",
                "    title: Dự toán kinh phí\n    attached: Ban hành kèm theo ${reference}\n")
            .replace("recipients: [Bộ Nội vụ]", "recipients: ['Bộ Nội vụ (*b/cáo*)']");
    assertEquals(Set.of(), validate(yaml));
    assertFalse(validate(yaml.replace("align: center", "align: centre")).isEmpty());
    assertFalse(validate(yaml.replace("indent: false}", "indent: false, title: T}")).isEmpty());
  }

  @Test
  void anUnknownFieldIsRefused() throws IOException {
    assertFalse(validate(Models.minimal().replace("quantity: 2", "quantiy: 2")).isEmpty());
  }

  @Test
  void aMissingSignatureIsRefused() throws IOException {
    String m = Models.minimal();
    String without =
        m.substring(0, m.indexOf("signature:")) + m.substring(m.indexOf("appendices:"));
    assertFalse(validate(without).isEmpty());
  }
}
