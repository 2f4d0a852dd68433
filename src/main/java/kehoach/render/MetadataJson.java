package kehoach.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@link Metadata} as the JSON text an office system reads. The text is the same bytes for the same
 * plan on every machine: the keys are written in a fixed order (the record's), lines end in "\n"
 * whatever the platform, and nothing in it depends on the clock.
 */
public final class MetadataJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Two spaces per level, "\n" line ends, arrays one element a line, "key": value. */
  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private MetadataJson() {}

  /** The JSON text of {@code metadata}, ending with a line break. */
  public static String text(Metadata metadata) {
    try {
      return WRITER.writeValueAsString(tree(metadata)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("metadata could not be written as JSON", e);
    }
  }

  /** The JSON text of {@code metadata} in UTF-8. */
  public static byte[] bytes(Metadata metadata) {
    return text(metadata).getBytes(StandardCharsets.UTF_8);
  }

  /** The fields in the record's order, named as the record names them. */
  private static ObjectNode tree(Metadata m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("codeNumber", m.codeNumber());
    o.put("notation", m.notation());
    o.put("issuedDate", m.issuedDate());
    o.put("place", m.place());
    o.put("organName", m.organName());
    o.put("parentOrganName", m.parentOrganName());
    o.put("documentType", m.documentType());
    o.put("subject", m.subject());
    strings(o.putArray("signerAuthority"), m.signerAuthority());
    o.put("signerPosition", m.signerPosition());
    o.put("signerName", m.signerName());
    strings(o.putArray("recipients"), m.recipients());
    o.put("archive", m.archive());
    o.put("pageCount", m.pageCount());
    ArrayNode appendices = o.putArray("appendices");
    for (Metadata.Appendix a : m.appendices()) {
      ObjectNode appendix = appendices.addObject().put("name", a.name()).put("title", a.title());
      // only an appendix in a file of its own has files: a plan's usual JSON stays as it was
      if (!a.files().isEmpty()) {
        strings(appendix.putArray("files"), a.files());
      }
    }
    o.put("language", m.language());
    strings(o.putArray("keywords"), m.keywords());
    return o;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
