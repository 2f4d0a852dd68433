package kehoach.wordimport;

import java.util.List;
import java.util.Map;
import kehoach.load.YamlPatch;

/**
 * Writes an imported plan as YAML in the samples' style: block mappings and lists, two spaces a
 * level, texts plain where YAML reads them back unchanged, else double-quoted, and long texts
 * folded ({@code >-}) at {@link YamlPatch#WIDTH} columns. The quoting and folding are the model
 * editor's ({@link YamlPatch}), so an imported model reads as one kehoach edits.
 */
final class YamlText {
  /**
   * A value written as it is, unquoted: a figure in the Vietnamese form, "1.500.000", or a flag.
   */
  record Bare(String text) {}

  private final StringBuilder out = new StringBuilder();

  private YamlText() {}

  /** {@code root}, a mapping of strings, {@link Bare}s, lists and mappings, as a YAML document. */
  static String of(Map<String, Object> root) {
    YamlText y = new YamlText();
    y.mapping(root, 0, false);
    return y.out.toString();
  }

  private void mapping(Map<String, Object> map, int indent, boolean inItem) {
    boolean first = true;
    for (Map.Entry<String, Object> e : map.entrySet()) {
      if (!(first && inItem)) {
        out.append(" ".repeat(indent));
      }
      first = false;
      out.append(e.getKey()).append(':');
      value(e.getValue(), indent, e.getKey().length() + 2);
    }
  }

  /** A value after "key:" or "-": on the same line when it is a scalar, else on the lines below. */
  @SuppressWarnings("unchecked")
  private void value(Object v, int indent, int keyWidth) {
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append(" {}\n");
        return;
      }
      out.append('\n');
      mapping((Map<String, Object>) m, indent + 2, false);
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        out.append(" []\n");
        return;
      }
      out.append('\n');
      list((List<Object>) l, indent + 2);
    } else if (v instanceof Bare b) {
      out.append(' ').append(b.text()).append('\n');
    } else {
      scalar((String) v, indent, keyWidth);
    }
  }

  @SuppressWarnings("unchecked")
  private void list(List<Object> items, int indent) {
    for (Object item : items) {
      out.append(" ".repeat(indent)).append('-');
      if (item instanceof Map<?, ?> m && !m.isEmpty()) {
        out.append(' ');
        mapping((Map<String, Object>) m, indent + 2, true);
      } else {
        value(item, indent, 2);
      }
    }
  }

  /** A text on the key's line when it fits, else folded under it, else quoted. */
  private void scalar(String text, int indent, int keyWidth) {
    String one = YamlPatch.plainOrQuoted(text);
    if (indent + keyWidth + one.length() <= YamlPatch.WIDTH) {
      out.append(' ').append(one).append('\n');
      return;
    }
    List<String> lines = YamlPatch.folded(text, YamlPatch.WIDTH - indent - 2);
    if (lines.isEmpty() || text.contains("\n")) {
      out.append(' ').append(one).append('\n');
      return;
    }
    out.append(" >-\n");
    for (String line : lines) {
      out.append(" ".repeat(indent + 2)).append(line).append('\n');
    }
  }
}
