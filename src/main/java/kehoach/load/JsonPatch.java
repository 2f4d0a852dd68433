package kehoach.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The edits of {@link YamlPatch} for a JSON model: the tree is changed and written back pretty
 * printed, two spaces deep; JSON holds no comments, so nothing but the layout can be lost. A value
 * set where a number or true/false stood stays one when it reads as one.
 */
public final class JsonPatch {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final Pattern STEP =
      Pattern.compile("\\.?([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d{1,9})\\]");

  private JsonPatch() {}

  public static String set(String name, String text, String path, String value)
      throws PlanException {
    JsonNode root = read(name, text);
    Target t = target(name, root, path);
    if (t.parent() instanceof ObjectNode o && t.key() != null) {
      JsonNode old = o.get(t.key());
      if (old != null && old.isContainerNode()) {
        throw refuse(name, path, "is a list or a group of fields, not a single value");
      }
      o.set(t.key(), scalar(old, value));
    } else if (t.parent() instanceof ArrayNode a && t.index() < a.size()) {
      if (a.get(t.index()).isContainerNode()) {
        throw refuse(name, path, "is a list or a group of fields, not a single value");
      }
      a.set(t.index(), scalar(a.get(t.index()), value));
    } else {
      throw refuse(name, path, "the model has no such field");
    }
    return write(root);
  }

  public static String insert(String name, String text, String path, int index, String value)
      throws PlanException {
    JsonNode root = read(name, text);
    ArrayNode list = list(name, root, path);
    if (index < 0 || index > list.size()) {
      throw refuse(name, path, "has no place " + index + "; it has " + list.size());
    }
    boolean texts = !list.isEmpty() && list.get(0).isValueNode();
    list.insert(
        index, texts ? JSON.getNodeFactory().textNode(value) : fromYamlValue(name, path, value));
    return write(root);
  }

  public static String delete(String name, String text, String path, int index)
      throws PlanException {
    JsonNode root = read(name, text);
    ArrayNode list = list(name, root, path);
    if (index < 0 || index >= list.size()) {
      throw refuse(name, path, "has no item " + index + "; it has " + list.size());
    }
    list.remove(index);
    return write(root);
  }

  public static String move(String name, String text, String path, int index, int by)
      throws PlanException {
    JsonNode root = read(name, text);
    ArrayNode list = list(name, root, path);
    int other = index + by;
    if (Math.abs(by) != 1
        || index < 0
        || index >= list.size()
        || other < 0
        || other >= list.size()) {
      throw refuse(name, path, "item " + index + " cannot move " + (by < 0 ? "up" : "down"));
    }
    JsonNode item = list.remove(index);
    list.insert(other, item);
    return write(root);
  }

  /** As {@link YamlPatch#indent}: the item becomes the last of the content of the one above. */
  public static String indent(String name, String text, String path, int index)
      throws PlanException {
    JsonNode root = read(name, text);
    ArrayNode list = list(name, root, path);
    if (index <= 0 || index >= list.size() || !(list.get(index - 1) instanceof ObjectNode above)) {
      throw refuse(name, path, "item " + index + " has no heading above it to go under");
    }
    JsonNode content = above.get("content");
    if (content != null && !(content instanceof ArrayNode)) {
      throw refuse(name, path, "the heading above has a text as its content, not a list");
    }
    ArrayNode children = content == null ? above.putArray("content") : (ArrayNode) content;
    children.add(list.remove(index));
    return write(root);
  }

  /** As {@link YamlPatch#outdent}: the item follows the heading whose content it was in. */
  public static String outdent(String name, String text, String path, int index)
      throws PlanException {
    Matcher owner = Pattern.compile("(.+)\\[(\\d{1,9})\\]\\.content").matcher(path);
    if (!owner.matches()) {
      throw refuse(name, path, "is not the content of a heading; its items cannot move out");
    }
    JsonNode root = read(name, text);
    ArrayNode list = list(name, root, path);
    ArrayNode outer = list(name, root, owner.group(1));
    int at = Integer.parseInt(owner.group(2));
    if (index < 0 || index >= list.size()) {
      throw refuse(name, path, "has no item " + index + "; it has " + list.size());
    }
    outer.insert(at + 1, list.remove(index));
    if (list.isEmpty()) {
      ((ObjectNode) outer.get(at)).remove("content");
    }
    return write(root);
  }

  /** {@code yaml}'s content written as a JSON model. */
  public static String fromYaml(String yaml) {
    Object tree = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return write(JSON.valueToTree(tree));
  }

  private record Target(JsonNode parent, String key, int index) {}

  private static Target target(String name, JsonNode root, String path) throws PlanException {
    Matcher m = STEP.matcher(path == null ? "" : path);
    JsonNode node = root;
    JsonNode parent = null;
    String key = null;
    int index = -1;
    int at = 0;
    while (path != null && at < path.length()) {
      if (!m.find(at) || m.start() != at || node == null) {
        throw refuse(name, String.valueOf(path), "the model has no such field");
      }
      parent = node;
      key = m.group(1);
      index = key == null ? Integer.parseInt(m.group(2)) : -1;
      node = key != null ? node.get(key) : node.get(index);
      at = m.end();
    }
    if (parent == null) {
      throw refuse(name, String.valueOf(path), "is not a field path such as document.place");
    }
    return new Target(parent, key, index);
  }

  private static ArrayNode list(String name, JsonNode root, String path) throws PlanException {
    Target t = target(name, root, path);
    JsonNode node = t.key() != null ? t.parent().get(t.key()) : t.parent().get(t.index());
    if (node instanceof ArrayNode a) {
      return a;
    }
    throw refuse(name, path, node == null ? "is missing" : "is not a list");
  }

  /** {@code value} as the kind of value {@code old} was, where it reads as one. */
  private static JsonNode scalar(JsonNode old, String value) {
    if (old != null && old.isNumber()) {
      try {
        return JSON.getNodeFactory().numberNode(new BigDecimal(value));
      } catch (NumberFormatException e) {
        // a text now, such as "1.000.000", which the loader reads as well
      }
    }
    if (old != null && old.isBoolean() && (value.equals("true") || value.equals("false"))) {
      return JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
    }
    return JSON.getNodeFactory().textNode(value);
  }

  private static JsonNode fromYamlValue(String name, String path, String value)
      throws PlanException {
    try {
      return JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(value));
    } catch (RuntimeException e) {
      throw refuse(name, path, "the new item is not valid YAML or JSON");
    }
  }

  private static JsonNode read(String name, String text) throws PlanException {
    try {
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JsonProcessingException e) {
      throw refuse(name, "", "is not valid JSON; correct it as text first");
    }
  }

  private static String write(JsonNode root) {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(indent)
            .withArrayIndenter(indent)
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    try {
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree read from JSON writes back", e);
    }
  }

  private static PlanException refuse(String name, String path, String message) {
    return new PlanException(new Problem(Location.ofFile(name), path, message));
  }
}
