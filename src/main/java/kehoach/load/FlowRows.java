package kehoach.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Rows that kehoach wrote as a YAML block list, written again as a flow list for a model that holds
 * its rows in one: YAML's flow style ({@code [{content: "…", quantity: 2}]}) or, in a JSON model,
 * JSON. One row a line; a row's own rows below it, indented.
 *
 * <p>In JSON every key is quoted and a plain value stays bare only when JSON reads it as the model
 * meant it (a whole number, true, false, null): "1.500.000" is quoted, as JSON would read 1.500 as
 * one and a half, and the loader reads a quoted figure in the Vietnamese form.
 */
final class FlowRows {
  private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9]\\d{0,17})");
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final boolean json;

  private FlowRows(boolean json) {
    this.json = json;
  }

  /**
   * {@code blockRows} (a block list starting at column 0) as a flow list whose rows are indented
   * {@code indent} + 2 spaces and whose "]" is indented {@code indent}.
   */
  static String of(String blockRows, int indent, boolean json) {
    Node rows =
        new Compose(LoadSettings.builder().build())
            .composeString(blockRows)
            .orElseThrow(() -> new IllegalStateException("no rows to write as a flow list"));
    StringBuilder out = new StringBuilder();
    new FlowRows(json).value(rows, indent, out);
    return out.toString();
  }

  private void value(Node node, int indent, StringBuilder out) {
    if (node instanceof SequenceNode seq) {
      list(seq, indent, out);
    } else if (node instanceof MappingNode map) {
      mapping(map, indent, out);
    } else {
      scalar((ScalarNode) node, out);
    }
  }

  /** A list of scalars on one line; a list of rows one row a line. */
  private void list(SequenceNode seq, int indent, StringBuilder out) {
    boolean rows = seq.getValue().stream().anyMatch(n -> !(n instanceof ScalarNode));
    if (!rows || seq.getValue().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        StringBuilder one = new StringBuilder();
        value(item, indent, one);
        items.add(one.toString());
      }
      out.append('[').append(String.join(", ", items)).append(']');
      return;
    }
    String pad = " ".repeat(indent + 2);
    out.append("[\n");
    for (int i = 0; i < seq.getValue().size(); i++) {
      out.append(pad);
      value(seq.getValue().get(i), indent + 2, out);
      out.append(i + 1 < seq.getValue().size() ? ",\n" : "\n");
    }
    out.append(" ".repeat(indent)).append(']');
  }

  private void mapping(MappingNode map, int indent, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (NodeTuple t : map.getValue()) {
      out.append(first ? "" : ", ");
      first = false;
      String key = ((ScalarNode) t.getKeyNode()).getValue();
      out.append(json || !PLAIN_KEY.matcher(key).matches() ? quote(key) : key).append(": ");
      value(t.getValueNode(), indent, out);
    }
    out.append('}');
  }

  private void scalar(ScalarNode s, StringBuilder out) {
    String v = s.getValue();
    boolean plain = s.getScalarStyle() == ScalarStyle.PLAIN;
    boolean bare =
        plain
            && (json
                ? WHOLE.matcher(v).matches() || v.equals("true") || v.equals("false")
                : !v.isEmpty() && v.chars().noneMatch(c -> ",[]{}#\"'".indexOf(c) >= 0));
    out.append(bare ? v : quote(v));
  }

  /** A double-quoted string, as JSON and YAML both read it. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
