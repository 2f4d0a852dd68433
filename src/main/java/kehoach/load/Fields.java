package kehoach.load;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The fields of one YAML mapping, read by name. It remembers which names were asked for, so that
 * {@link #done()} can report the fields nobody knows, with the nearest known name.
 */
final class Fields {
  private final NodeReader reader;
  private final MappingNode node;
  private final String path;
  private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
  private final Set<String> known = new LinkedHashSet<>();
  private final Set<String> refused = new LinkedHashSet<>();

  Fields(NodeReader reader, MappingNode node, String path) {
    this.reader = reader;
    this.node = node;
    this.path = path;
    for (NodeTuple tuple : node.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        if (byKey.putIfAbsent(key.getValue(), tuple) != null) {
          reader.problem(
              key,
              pathOf(key.getValue()),
              "field \"" + key.getValue() + "\" is written twice; keep one");
        }
      } else {
        reader.problem(tuple.getKeyNode(), path, "expected a field name, found a complex key");
      }
    }
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return NodeReader.child(path, key);
  }

  boolean has(String key) {
    NodeTuple t = byKey.get(key);
    return t != null && !NodeReader.isNull(t.getValueNode());
  }

  /** The value of {@code key}, empty when absent or null. */
  Optional<Node> take(String key) {
    known.add(key);
    NodeTuple t = byKey.get(key);
    if (t == null || NodeReader.isNull(t.getValueNode())) {
      return Optional.empty();
    }
    reader.record(pathOf(key), t.getValueNode());
    return Optional.of(t.getValueNode());
  }

  /** Reads {@code key} with {@code read} when present. */
  <T> Optional<T> optional(String key, BiFunction<Node, String, Optional<T>> read) {
    return take(key).flatMap(n -> read.apply(n, pathOf(key)));
  }

  /** Reads {@code key} with {@code read}; its absence is a problem that says what was expected. */
  <T> Optional<T> required(
      String key, String expected, BiFunction<Node, String, Optional<T>> read) {
    Optional<Node> value = take(key);
    if (value.isEmpty()) {
      reader.problem(node, path, "missing field \"" + key + "\": expected " + expected);
      return Optional.empty();
    }
    return read.apply(value.get(), pathOf(key));
  }

  /** A list under {@code key}; empty when absent. */
  <T> List<T> list(String key, boolean single, BiFunction<Node, String, Optional<T>> element) {
    return take(key).map(n -> reader.list(n, pathOf(key), single, element)).orElse(List.of());
  }

  Optional<String> text(String key) {
    return optional(key, reader::nonBlankText);
  }

  String requiredText(String key, String expected) {
    return required(key, expected, reader::nonBlankText).orElse("");
  }

  /** Whether {@code key} is written, even without a value ("stt:", which YAML reads as null). */
  boolean written(String key) {
    return byKey.containsKey(key);
  }

  /** The fields written here that no reader has asked for yet, in the order written. */
  List<String> unasked() {
    return byKey.keySet().stream()
        .filter(k -> !known.contains(k) && !refused.contains(k) && !k.equals("$schema"))
        .toList();
  }

  /**
   * Reports {@code key} as a field that cannot be taken here, saying {@code why} at its name;
   * {@link #done()} then passes over it.
   */
  void refuse(String key, String why) {
    refused.add(key);
    reader.problem(byKey.get(key).getKeyNode(), pathOf(key), why);
  }

  /** Reports every field that no reader asked for. Call it after reading all known fields. */
  void done() {
    for (Map.Entry<String, NodeTuple> e : byKey.entrySet()) {
      String key = e.getKey();
      if (known.contains(key) || refused.contains(key) || key.equals("$schema")) {
        continue;
      }
      String hint =
          Suggestions.nearest(key, known).map(s -> "; did you mean \"" + s + "\"?").orElse("");
      reader.problem(
          e.getValue().getKeyNode(),
          pathOf(key),
          "unknown field \""
              + key
              + "\""
              + hint
              + (hint.isEmpty() ? "; the fields here are " + String.join(", ", known) : ""));
    }
  }
}
