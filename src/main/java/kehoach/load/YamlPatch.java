package kehoach.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Changes one field, or one item of a list, in a model's YAML text, as a form does, and leaves
 * every other character as it was: comments, order, spacing and the wording of other fields stay,
 * so the clerk who also edits the file by hand finds it as they left it.
 *
 * <p>Fields are named by the paths the checker prints ({@code document.place}, {@code
 * bases.items[2].number}). A value keeps the style it was written in where it can: plain when it
 * reads back as the same text, else in double quotes; a folded ({@code >-}) or literal ({@code |})
 * text stays one, wrapped at {@link #WIDTH} columns. An item of a block list moves, with the
 * comments above it, as a whole; a list in brackets is written back on one line. Spans come from
 * the parser's marks, as in {@link YamlEdit}.
 */
public final class YamlPatch {
  /** The column a folded text is wrapped before: the width the bundled samples are written to. */
  public static final int WIDTH = 100;

  private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d{1,9})\\]");
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private YamlPatch() {}

  /**
   * {@code text} with the text at {@code path} set to {@code value}; a field missing from a mapping
   * that exists is added at the mapping's end.
   *
   * @throws PlanException naming the path when it leads nowhere or to a list or mapping
   */
  public static String set(String name, String text, String path, String value)
      throws PlanException {
    Found f = find(name, text, path);
    if (f.node().isEmpty()) {
      if (f.parent() instanceof MappingNode m && f.key() != null) {
        return checked(name, path, addField(text, m, f.key(), " " + plainOrQuoted(value)));
      }
      throw refuse(name, path, "there is no such item in the list");
    }
    if (!(f.node().get() instanceof ScalarNode s)) {
      throw refuse(name, path, "is " + describe(f.node().get()) + ", not a single value");
    }
    if (value.equals(s.getValue()) && !Tag.NULL.equals(s.getTag())) {
      return text;
    }
    return checked(name, path, replaceScalar(text, s, value));
  }

  /**
   * {@code text} with a new item at {@code index} of the list at {@code path}: {@code value} is the
   * item's text in a list of texts, and the item's YAML (for example {@code "content: Mục mới"}) in
   * a list of mappings. A missing list field is added with the item.
   */
  public static String insert(String name, String text, String path, int index, String value)
      throws PlanException {
    Found f = find(name, text, path);
    if (f.node().isEmpty()
        && f.parent() instanceof MappingNode m
        && f.key() != null
        && index == 0) {
      Node item = item(name, path, value, false);
      int column = keyColumn(text, m) + 2;
      return checked(name, path, addField(text, m, f.key(), "\n" + blockItem(value, item, column)));
    }
    SequenceNode seq = list(name, path, f);
    if (index < 0 || index > seq.getValue().size()) {
      throw refuse(name, path, "has no place " + index + "; it has " + seq.getValue().size());
    }
    boolean texts = !seq.getValue().isEmpty() && seq.getValue().get(0) instanceof ScalarNode;
    Node item = item(name, path, value, texts);
    if (seq.getFlowStyle() == FlowStyle.FLOW) {
      List<String> pieces = flowPieces(text, seq);
      pieces.add(index, flowItem(value, item));
      return checked(name, path, rewriteFlow(text, seq, pieces));
    }
    Lines lines = Lines.of(text);
    List<int[]> extents = extents(lines.text(), seq);
    int column = dashColumn(lines.text(), seq.getValue().get(0));
    int at = index < extents.size() ? extents.get(index)[0] : extents.get(extents.size() - 1)[1];
    String put = blockItem(value, item, column) + "\n";
    return checked(name, path, lines.back(splice(lines.text(), at, at, put)));
  }

  /** {@code text} without item {@code index} of the list at {@code path}, comments above it too. */
  public static String delete(String name, String text, String path, int index)
      throws PlanException {
    Found f = find(name, text, path);
    SequenceNode seq = list(name, path, f);
    checkIndex(name, path, seq, index);
    if (seq.getFlowStyle() == FlowStyle.FLOW) {
      List<String> pieces = flowPieces(text, seq);
      pieces.remove(index);
      return checked(name, path, rewriteFlow(text, seq, pieces));
    }
    Lines lines = Lines.of(text);
    List<int[]> extents = extents(lines.text(), seq);
    int[] gone = extents.get(index);
    String out = splice(lines.text(), gone[0], gone[1], "");
    if (extents.size() == 1) {
      // a list with no item left is written [], not left as an empty (null) field
      out = emptyList(out, f);
    }
    return checked(name, path, lines.back(out));
  }

  /**
   * {@code text} with item {@code index} of the list at {@code path} moved one place up ({@code by}
   * -1) or down ({@code by} 1), with the comments above it.
   */
  public static String move(String name, String text, String path, int index, int by)
      throws PlanException {
    Found f = find(name, text, path);
    SequenceNode seq = list(name, path, f);
    checkIndex(name, path, seq, index);
    int other = index + by;
    if (Math.abs(by) != 1 || other < 0 || other >= seq.getValue().size()) {
      throw refuse(
          name,
          path,
          "item " + index + " cannot move " + (by < 0 ? "up" : "down") + " any further");
    }
    int first = Math.min(index, other);
    if (seq.getFlowStyle() == FlowStyle.FLOW) {
      List<String> pieces = flowPieces(text, seq);
      pieces.add(first, pieces.remove(first + 1));
      return checked(name, path, rewriteFlow(text, seq, pieces));
    }
    Lines lines = Lines.of(text);
    List<int[]> extents = extents(lines.text(), seq);
    int[] a = extents.get(first);
    int[] b = extents.get(first + 1);
    String t = lines.text();
    String swapped = t.substring(b[0], b[1]) + t.substring(a[0], a[1]);
    return checked(name, path, lines.back(splice(t, a[0], b[1], swapped)));
  }

  /**
   * {@code text} with item {@code index} of the list at {@code path} moved into the item above it,
   * as the last entry of that item's {@code content} (created when missing): a heading indented one
   * level in the outline. The item's lines, with the comments above them, are re-indented.
   */
  public static String indent(String name, String text, String path, int index)
      throws PlanException {
    Found f = find(name, text, path);
    SequenceNode seq = list(name, path, f);
    checkIndex(name, path, seq, index);
    if (index == 0 || !(seq.getValue().get(index - 1) instanceof MappingNode)) {
      throw refuse(name, path, "item " + index + " has no heading above it to go under");
    }
    Lines lines = Lines.of(text);
    String t = lines.text();
    Block item = block(name, path, t, seq, index);
    String without = splice(t, item.start(), item.end(), "");
    String parentPath = path + "[" + (index - 1) + "]";
    Found parent = find(name, without, parentPath);
    MappingNode heading = (MappingNode) parent.node().orElseThrow();
    return checked(name, path, lines.back(appendChild(name, path, without, heading, item)));
  }

  /**
   * {@code text} with item {@code index} of the list at {@code path}, the {@code content} of an
   * item of another list, moved out to follow that item: a heading outdented one level. A {@code
   * content} left empty goes with it.
   */
  public static String outdent(String name, String text, String path, int index)
      throws PlanException {
    Matcher owner = Pattern.compile("(.+)\\[(\\d{1,9})\\]\\.content").matcher(path);
    if (!owner.matches()) {
      throw refuse(name, path, "is not the content of a heading; its items cannot move out");
    }
    Found f = find(name, text, path);
    SequenceNode seq = list(name, path, f);
    checkIndex(name, path, seq, index);
    SequenceNode outer = list(name, owner.group(1), find(name, text, owner.group(1)));
    int at = Integer.parseInt(owner.group(2));
    if (outer.getFlowStyle() == FlowStyle.FLOW) {
      throw refuse(name, path, "is in a list in brackets; move it as text");
    }
    Lines lines = Lines.of(text);
    String t = lines.text();
    Block item = block(name, path, t, seq, index);
    int after = extents(t, outer).get(at)[1];
    int column = dashColumn(t, outer.getValue().get(at));
    int from = item.start();
    if (seq.getValue().size() == 1) {
      Node key = f.tuple().getKeyNode();
      from = lineStart(t, YamlEdit.offset(t, key.getStartMark().orElseThrow().getIndex()));
      from = withComments(t, from, lineIndent(t, from));
    }
    String moved = splice(t, after, after, reindent(item.text(), column - item.column()));
    return checked(name, path, lines.back(splice(moved, from, item.end(), "")));
  }

  /** An item of a block list as written: its span with the comments above it, and its column. */
  private record Block(int start, int end, String text, int column) {}

  private static Block block(String name, String path, String text, SequenceNode seq, int index)
      throws PlanException {
    if (seq.getFlowStyle() == FlowStyle.FLOW) {
      throw refuse(name, path, "is a list in brackets; move its items as text");
    }
    int[] span = extents(text, seq).get(index);
    String body = text.substring(span[0], span[1]);
    return new Block(span[0], span[1], body, dashColumn(text, seq.getValue().get(index)));
  }

  /** {@code text} with {@code item} added as the last entry of {@code heading}'s content. */
  private static String appendChild(
      String name, String path, String text, MappingNode heading, Block item) throws PlanException {
    NodeTuple content = null;
    for (NodeTuple t : heading.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("content")) {
        content = t;
      }
    }
    int keyColumn = keyColumn(text, heading);
    if (content == null) {
      String put = reindent(item.text(), keyColumn + 2 - item.column());
      return addField(text, heading, "content", "\n" + put.substring(0, put.length() - 1));
    }
    if (!(content.getValueNode() instanceof SequenceNode children)) {
      throw refuse(name, path, "the heading above has a text as its content, not a list");
    }
    if (children.getValue().isEmpty()) {
      Node key = content.getKeyNode();
      int colon =
          text.indexOf(':', YamlEdit.offset(text, key.getEndMark().orElseThrow().getIndex()));
      int end = YamlEdit.offset(text, children.getEndMark().orElseThrow().getIndex());
      String put = reindent(item.text(), keyColumn + 2 - item.column());
      return splice(text, colon + 1, end, "\n" + put.substring(0, put.length() - 1));
    }
    if (children.getFlowStyle() == FlowStyle.FLOW) {
      throw refuse(name, path, "the heading above has its content in brackets; move it as text");
    }
    List<int[]> extents = extents(text, children);
    int at = extents.get(extents.size() - 1)[1];
    int column = dashColumn(text, children.getValue().get(0));
    return splice(text, at, at, reindent(item.text(), column - item.column()));
  }

  /**
   * {@code lines} moved right ({@code by} > 0) or left by {@code by} columns; blank lines stay, and
   * a line is never moved left past its first character.
   */
  private static String reindent(String lines, int by) {
    StringBuilder out = new StringBuilder();
    for (String line : lines.split("(?<=\n)")) {
      if (line.isBlank() || by == 0) {
        out.append(line);
      } else if (by > 0) {
        out.append(" ".repeat(by)).append(line);
      } else {
        int cut = 0;
        while (cut < -by && cut < line.length() && line.charAt(cut) == ' ') {
          cut++;
        }
        out.append(line.substring(cut));
      }
    }
    return out.toString();
  }

  // ---- finding the field ----

  /**
   * Where a path leads: the node it names (empty when the last step names nothing yet), its parent,
   * and the key of the last step (null for an index); {@code tuple} is the parent's entry.
   */
  private record Found(Node parent, String key, NodeTuple tuple, Optional<Node> node) {}

  private static Found find(String name, String text, String path) throws PlanException {
    List<Object> steps = steps(name, path);
    Node node = PlanLoader.tree(name, text);
    Node parent = null;
    NodeTuple tuple = null;
    for (int i = 0; i < steps.size(); i++) {
      Object step = steps.get(i);
      parent = node;
      tuple = null;
      Optional<Node> next = Optional.empty();
      if (step instanceof String key && node instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
            tuple = t;
            next = Optional.of(t.getValueNode());
          }
        }
      } else if (step instanceof Integer index && node instanceof SequenceNode s) {
        if (index < s.getValue().size()) {
          next = Optional.of(s.getValue().get(index));
        }
      } else {
        throw refuse(name, path, "the model has no such field");
      }
      if (next.isEmpty()) {
        if (i == steps.size() - 1) {
          return new Found(parent, step instanceof String k ? k : null, null, Optional.empty());
        }
        throw refuse(name, path, "the model has no such field");
      }
      node = next.get();
    }
    return new Found(parent, null, tuple, Optional.of(node));
  }

  /** The steps of a path: field names (String) and list indices (Integer). */
  private static List<Object> steps(String name, String path) throws PlanException {
    String p = path == null ? "" : path;
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(p);
    int at = 0;
    while (at < p.length()) {
      if (!steps.isEmpty() && p.charAt(at) == '.') {
        at++;
      }
      if (!m.find(at) || m.start() != at) {
        throw refuse(name, p, "is not a field path such as document.place or bases.items[0]");
      }
      steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
      at = m.end();
    }
    if (steps.isEmpty()) {
      throw refuse(name, p, "is not a field path such as document.place or bases.items[0]");
    }
    return steps;
  }

  private static SequenceNode list(String name, String path, Found f) throws PlanException {
    if (f.node().isPresent() && f.node().get() instanceof SequenceNode s) {
      return s;
    }
    throw refuse(
        name, path, f.node().map(n -> "is " + describe(n) + ", not a list").orElse("is missing"));
  }

  private static void checkIndex(String name, String path, SequenceNode seq, int index)
      throws PlanException {
    if (index < 0 || index >= seq.getValue().size()) {
      throw refuse(name, path, "has no item " + index + "; it has " + seq.getValue().size());
    }
  }

  // ---- values ----

  /** {@code text} with scalar {@code s} holding {@code value}, in its style where possible. */
  private static String replaceScalar(String text, ScalarNode s, String value) {
    int start = YamlEdit.offset(text, s.getStartMark().orElseThrow().getIndex());
    int end = trimEnd(text, start, YamlEdit.offset(text, s.getEndMark().orElseThrow().getIndex()));
    ScalarStyle style = s.getScalarStyle();
    String put;
    if (style == ScalarStyle.FOLDED || style == ScalarStyle.LITERAL) {
      put = block(text, start, end, value, style == ScalarStyle.FOLDED);
    } else if (style == ScalarStyle.SINGLE_QUOTED && printableLine(value)) {
      put = "'" + value.replace("'", "''") + "'";
    } else if (style == ScalarStyle.DOUBLE_QUOTED) {
      put = FlowRows.quote(value);
    } else {
      put = plainOrQuoted(value);
    }
    if (start == end && start > 0 && text.charAt(start - 1) != ' ') {
      put = " " + put; // an empty field ("place:") gets its value after a space
    }
    return splice(text, start, end, put);
  }

  /**
   * A folded or literal text written anew under its header ({@code >-}, {@code |}, with any comment
   * on that line), at the indentation its lines had; double-quoted when it cannot be one.
   */
  private static String block(String text, int start, int end, String value, boolean folded) {
    int headerEnd = lineEnd(text, start);
    String header = text.substring(start, Math.min(headerEnd, end));
    int indent = contentIndent(text, headerEnd, lineIndent(text, start) + 2);
    List<String> lines = folded ? folded(value, WIDTH - indent) : literal(value);
    if (lines.isEmpty()) {
      return FlowRows.quote(value);
    }
    StringBuilder out = new StringBuilder(header);
    for (String line : lines) {
      out.append('\n');
      if (!line.isEmpty()) {
        out.append(" ".repeat(indent)).append(line);
      }
    }
    return out.toString();
  }

  /** The lines of a folded text, or none when the value cannot be folded back as it is. */
  public static List<String> folded(String value, int width) {
    if (value.isEmpty()
        || !printableLine(value)
        || value.contains("  ")
        || value.startsWith(" ")
        || value.endsWith(" ")) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : value.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static List<String> literal(String value) {
    String body = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
    if (body.isEmpty() || body.startsWith(" ") || body.contains("\r") || body.contains("\t")) {
      return List.of();
    }
    List<String> lines = List.of(body.split("\n", -1));
    return lines.stream().allMatch(YamlPatch::printableLine) ? lines : List.of();
  }

  /**
   * {@code value} written plain when YAML reads it back as the same text (and not as null), else in
   * double quotes.
   */
  public static String plainOrQuoted(String value) {
    return safePlain(value) ? value : FlowRows.quote(value);
  }

  private static boolean safePlain(String value) {
    if (value.isEmpty()
        || !printableLine(value)
        || !value.equals(value.strip())
        || "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) >= 0
        || value.contains(": ")
        || value.contains(" #")
        || value.endsWith(":")
        || value.contains("\t")) {
      return false;
    }
    try {
      Object back =
          new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
              .loadFromString(value);
      return back != null && String.valueOf(back).equals(value)
          || back instanceof Number
          || back instanceof Boolean;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Whether {@code value} is one line with no control characters. */
  private static boolean printableLine(String value) {
    return value.codePoints().noneMatch(cp -> cp < 0x20 || cp == 0x7f);
  }

  // ---- list items ----

  /** The new item's tree: its text in a list of texts, else its YAML as parsed. */
  private static Node item(String name, String path, String value, boolean texts)
      throws PlanException {
    if (value == null) {
      throw refuse(name, path, "a new item needs a value");
    }
    if (texts) {
      return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
    }
    try {
      return PlanLoader.tree(name, value);
    } catch (PlanException e) {
      throw refuse(name, path, "the new item is not valid YAML");
    }
  }

  /** An item of a block list whose "-" is at {@code column}, without its final line break. */
  private static String blockItem(String value, Node item, int column) {
    String pad = " ".repeat(column);
    if (item instanceof ScalarNode) {
      return pad + "- " + plainOrQuoted(value);
    }
    StringBuilder out = new StringBuilder();
    String[] lines = value.strip().split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      if (i == 0) {
        out.append(pad).append("- ").append(lines[0]);
      } else if (!lines[i].isBlank()) {
        out.append(pad).append("  ").append(lines[i].stripTrailing());
      }
    }
    return out.toString();
  }

  /**
   * The text of every item of a block list, each from the first comment line above its "-" (at the
   * "-"'s column) to where the next item's begins; the last ends with its last line.
   */
  private static List<int[]> extents(String text, SequenceNode seq) {
    List<Integer> starts = new ArrayList<>();
    for (Node item : seq.getValue()) {
      int dash = dash(text, item);
      int column = dash - lineStart(text, dash);
      starts.add(withComments(text, lineStart(text, dash), column));
    }
    List<int[]> extents = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end;
      if (i + 1 < starts.size()) {
        end = starts.get(i + 1);
      } else {
        Node last = seq.getValue().get(i);
        int contentEnd =
            trimEnd(text, starts.get(i), YamlEdit.offset(text, YamlEdit.lastEnd(last)));
        end = Math.min(text.length(), lineEnd(text, contentEnd) + 1);
      }
      extents.add(new int[] {starts.get(i), end});
    }
    return extents;
  }

  /** The "-" that begins {@code item}. */
  private static int dash(String text, Node item) {
    int start = YamlEdit.offset(text, item.getStartMark().orElseThrow().getIndex());
    return text.lastIndexOf('-', start - 1);
  }

  private static int dashColumn(String text, Node item) {
    int dash = dash(text, item);
    return dash - lineStart(text, dash);
  }

  /** {@code lineStart} moved up over the comment lines just above it at {@code column}. */
  private static int withComments(String text, int lineStart, int column) {
    int start = lineStart;
    while (start > 0) {
      int previous = lineStart(text, start - 1);
      String line = text.substring(previous, start - 1);
      if (line.strip().startsWith("#") && lineIndent(text, previous) == column) {
        start = previous;
      } else {
        break;
      }
    }
    return start;
  }

  /** The text of each item of a flow list, as written. */
  private static List<String> flowPieces(String text, SequenceNode seq) {
    List<String> pieces = new ArrayList<>();
    for (Node item : seq.getValue()) {
      int start = YamlEdit.offset(text, item.getStartMark().orElseThrow().getIndex());
      int end = trimEnd(text, start, YamlEdit.offset(text, YamlEdit.lastEnd(item)));
      pieces.add(text.substring(start, end));
    }
    return pieces;
  }

  private static String flowItem(String value, Node item) {
    if (item instanceof ScalarNode) {
      String plain = plainOrQuoted(value);
      return plain.matches(".*[,\\[\\]{}].*") && !plain.startsWith("\"")
          ? FlowRows.quote(value)
          : plain;
    }
    DumpSettings settings =
        DumpSettings.builder().setDefaultFlowStyle(FlowStyle.FLOW).setWidth(10_000).build();
    Object parsed = new Load(LoadSettings.builder().build()).loadFromString(value);
    return new Dump(settings).dumpToString(parsed).strip();
  }

  private static String rewriteFlow(String text, SequenceNode seq, List<String> pieces) {
    int start = YamlEdit.offset(text, seq.getStartMark().orElseThrow().getIndex());
    int end = YamlEdit.offset(text, seq.getEndMark().orElseThrow().getIndex());
    return splice(text, start, end, "[" + String.join(", ", pieces) + "]");
  }

  /** {@code text}, whose list at {@code f} has just lost its last item, with the list as []. */
  private static String emptyList(String text, Found f) {
    if (f.tuple() == null) {
      return text;
    }
    int keyEnd =
        YamlEdit.offset(text, f.tuple().getKeyNode().getEndMark().orElseThrow().getIndex());
    int colon = text.indexOf(':', keyEnd);
    return splice(text, colon + 1, colon + 1, " []");
  }

  // ---- mappings ----

  /**
   * {@code text} with {@code key} and {@code rest} (what follows the key's colon) added as the last
   * field of {@code m}: on a line of its own at the fields' indentation, or inside the braces.
   */
  private static String addField(String text, MappingNode m, String key, String rest) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(key);
    }
    if (m.getFlowStyle() == FlowStyle.FLOW) {
      int close =
          text.lastIndexOf('}', YamlEdit.offset(text, m.getEndMark().orElseThrow().getIndex()));
      int at = trimEnd(text, 0, close);
      String sep = m.getValue().isEmpty() ? "" : ", ";
      return splice(text, at, at, sep + key + ":" + rest.replace("\n", " "));
    }
    int contentEnd = trimEnd(text, 0, YamlEdit.offset(text, YamlEdit.lastEnd(m)));
    int at = lineEnd(text, contentEnd);
    return splice(text, at, at, "\n" + " ".repeat(keyColumn(text, m)) + key + ":" + rest);
  }

  private static int keyColumn(String text, MappingNode m) {
    if (m.getValue().isEmpty()) {
      return 0;
    }
    int start =
        YamlEdit.offset(
            text, m.getValue().get(0).getKeyNode().getStartMark().orElseThrow().getIndex());
    return start - lineStart(text, start);
  }

  // ---- text positions ----

  /** A text that ends with a line break while being edited, and is given back as it ended. */
  private record Lines(String text, boolean added) {
    static Lines of(String text) {
      return text.endsWith("\n") ? new Lines(text, false) : new Lines(text + "\n", true);
    }

    String back(String edited) {
      return added && edited.endsWith("\n") ? edited.substring(0, edited.length() - 1) : edited;
    }
  }

  private static String splice(String text, int start, int end, String put) {
    return text.substring(0, start) + put + text.substring(end);
  }

  private static int lineStart(String text, int at) {
    return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  }

  private static int lineEnd(String text, int at) {
    int nl = text.indexOf('\n', at);
    return nl < 0 ? text.length() : nl;
  }

  private static int lineIndent(String text, int at) {
    int start = lineStart(text, at);
    int i = start;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i - start;
  }

  /** The indentation of the first non-blank line from {@code from}, else {@code fallback}. */
  private static int contentIndent(String text, int from, int fallback) {
    int at = from + 1;
    while (at < text.length()) {
      int end = lineEnd(text, at);
      if (!text.substring(at, end).isBlank()) {
        return lineIndent(text, at);
      }
      at = end + 1;
    }
    return fallback;
  }

  private static int trimEnd(String text, int floor, int end) {
    int e = Math.min(end, text.length());
    while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  // ---- checks and messages ----

  /** {@code edited}, once it is sure to be YAML still: an edit never leaves a file unreadable. */
  private static String checked(String name, String path, String edited) throws PlanException {
    try {
      PlanLoader.tree(name, edited);
    } catch (PlanException e) {
      throw refuse(name, path, "this change cannot be written into the file; edit it as text");
    }
    return edited;
  }

  private static String describe(Node node) {
    return node instanceof SequenceNode
        ? "a list"
        : node instanceof MappingNode ? "a group of fields" : "a value";
  }

  private static PlanException refuse(String name, String path, String message) {
    return new PlanException(new Problem(Location.ofFile(name), path, message));
  }
}
