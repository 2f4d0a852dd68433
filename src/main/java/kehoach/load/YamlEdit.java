package kehoach.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Changes one budget table in a model's YAML text and leaves every other character as it was:
 * comments, spacing and the order of fields stay.
 *
 * <p>Rows come in as a block list, as kehoach writes YAML. Where the model holds its rows as a flow
 * list ({@code rows: [{…}, {…}]}), and always in a JSON model, they are written back as a flow list
 * ({@link FlowRows}), so that a JSON model stays JSON. A byte order mark at the file's start is
 * kept, and the positions the parser gives (which count from after it) are shifted past it.
 */
public final class YamlEdit {
  private YamlEdit() {}

  /**
   * Where a budget table's rows are written: the column of their "-", and their text's span. For
   * rows in a flow list the span is that of the list, brackets included, and the column is 0: the
   * rows to put there are given as a block list at column 0 and written as a flow list.
   */
  public record Span(int column, int start, int end) {}

  /**
   * A model's text, to edit: read strictly as UTF-8, as the loader reads it.
   *
   * @throws PlanException naming the model when it is missing or not UTF-8
   */
  public static String text(Path model) throws PlanException {
    return PlanLoader.text(model);
  }

  /** The span of the rows of budget table {@code id} in {@code text}. */
  public static Span rows(String name, String text, String id) throws PlanException {
    MappingNode table = budget(PlanLoader.tree(name, text), id, name);
    Node rows =
        field(table, "rows")
            .orElseThrow(() -> missing(name, "the budget \"" + id + "\" has no rows"));
    if (!(rows instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw missing(name, "the budget \"" + id + "\" has no rows to replace");
    }
    return seq.getFlowStyle() == FlowStyle.FLOW ? flowSpan(text, seq) : blockSpan(text, seq);
  }

  /** The span of a flow list: from its "[" to after its "]". */
  private static Span flowSpan(String text, SequenceNode seq) {
    int start = offset(text, seq.getStartMark().orElseThrow().getIndex());
    int end = offset(text, seq.getEndMark().orElseThrow().getIndex());
    return new Span(0, start, end);
  }

  /**
   * {@code text} with {@code span} holding {@code rows}: as they are for block rows, as a flow list
   * laid out under the line the list starts on for flow rows.
   */
  private static String splice(String name, String text, Span span, String rows)
      throws PlanException {
    String put = rows;
    if (text.charAt(span.start()) == '[') {
      int lineStart = text.lastIndexOf('\n', span.start()) + 1;
      int indent = 0;
      while (lineStart + indent < span.start() && text.charAt(lineStart + indent) == ' ') {
        indent++;
      }
      boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
      boolean flowRoot =
          PlanLoader.tree(name, text) instanceof CollectionNode<?> root
              && root.getFlowStyle() == FlowStyle.FLOW;
      put = FlowRows.of(rows, flowRoot ? indent : indent + 2, json);
    }
    return text.substring(0, span.start()) + put + text.substring(span.end());
  }

  /** The span of a block list's items: from the first item's "-" to the end of the last. */
  private static Span blockSpan(String text, SequenceNode seq) {
    Mark start = seq.getValue().get(0).getStartMark().orElseThrow();
    int startIndex = offset(text, start.getIndex());
    // A block item starts two columns after its "-".
    int dash = text.lastIndexOf('-', startIndex);
    int end = offset(text, lastEnd(seq));
    while (end > startIndex && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int lineStart = text.lastIndexOf('\n', dash) + 1;
    return new Span(dash - lineStart, dash, end);
  }

  /**
   * The span of the rows of the {@code index}-th table (from 0), counting data tables and budget
   * tables alike in the order the plan prints them: those in the sections, then those in the
   * appendices.
   */
  public static Span tableRows(String name, String text, int index) throws PlanException {
    Node root = PlanLoader.tree(name, text);
    List<MappingNode> tables = new ArrayList<>();
    if (root instanceof MappingNode m) {
      field(m, "sections").ifPresent(n -> collectTables(n, tables));
      field(m, "appendices").ifPresent(n -> collectTables(n, tables));
    }
    if (index < 0 || index >= tables.size()) {
      throw missing(name, "the plan has no table " + (index + 1));
    }
    Node rows =
        field(tables.get(index), "rows")
            .orElseThrow(() -> missing(name, "table " + (index + 1) + " has no rows"));
    return span(name, text, rows, "table " + (index + 1));
  }

  /** {@code text} with the rows of the {@code index}-th table replaced by {@code rows}. */
  public static String replaceTableRows(String name, String text, int index, String rows)
      throws PlanException {
    return splice(name, text, tableRows(name, text, index), rows);
  }

  /** The tables below {@code node}, in order; a table's own content is not searched. */
  private static void collectTables(Node node, List<MappingNode> out) {
    if (node instanceof MappingNode m) {
      for (String key : List.of("table", "budget")) {
        Optional<Node> table = field(m, key);
        if (table.isPresent() && table.get() instanceof MappingNode t) {
          out.add(t);
          return;
        }
      }
      m.getValue().forEach(t -> collectTables(t.getValueNode(), out));
    } else if (node instanceof SequenceNode s) {
      s.getValue().forEach(item -> collectTables(item, out));
    }
  }

  private static Span span(String name, String text, Node rows, String what) throws PlanException {
    if (!(rows instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw missing(name, what + " has no rows to replace");
    }
    return seq.getFlowStyle() == FlowStyle.FLOW ? flowSpan(text, seq) : blockSpan(text, seq);
  }

  /** {@code text} with the rows of budget {@code id} replaced by {@code rows} (starting at "-"). */
  public static String replaceRows(String name, String text, String id, String rows)
      throws PlanException {
    return splice(name, text, rows(name, text, id), rows);
  }

  /**
   * {@code text} with the stated total of budget {@code id}, if it has one, set to {@code total}.
   */
  public static String replaceTotal(String name, String text, String id, String total)
      throws PlanException {
    MappingNode table = budget(PlanLoader.tree(name, text), id, name);
    Optional<Node> stated = field(table, "total");
    if (stated.isEmpty() || !(stated.get() instanceof ScalarNode s)) {
      return text;
    }
    int start = offset(text, s.getStartMark().orElseThrow().getIndex());
    int end = offset(text, s.getEndMark().orElseThrow().getIndex());
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // 74.580.000 unquoted is no JSON; quoted, it reads as the same Vietnamese number
    boolean quoted =
        s.getScalarStyle() != ScalarStyle.PLAIN || name.toLowerCase(Locale.ROOT).endsWith(".json");
    return text.substring(0, start) + (quoted ? "\"" + total + "\"" : total) + text.substring(end);
  }

  /** Where {@code node} ends in the text, after its last element (in marks: code points). */
  static int lastEnd(Node node) {
    int end = node.getEndMark().map(Mark::getIndex).orElse(0);
    if (node instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.FLOW) {
      return end; // after its closing bracket, which its last element's end would leave behind
    }
    if (node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
      end = lastEnd(seq.getValue().get(seq.getValue().size() - 1));
    } else if (node instanceof MappingNode m && !m.getValue().isEmpty()) {
      end = lastEnd(m.getValue().get(m.getValue().size() - 1).getValueNode());
    }
    return end;
  }

  /**
   * Marks count code points, from after a byte order mark (the loader parses the text without it);
   * strings count chars.
   */
  static int offset(String text, int codePoints) {
    int bom = text.startsWith("\uFEFF") ? 1 : 0;
    return text.offsetByCodePoints(
        0, Math.min(codePoints + bom, text.codePointCount(0, text.length())));
  }

  private static MappingNode budget(Node root, String id, String name) throws PlanException {
    return find(root, id)
        .orElseThrow(() -> missing(name, "no budget table has the id \"" + id + "\""));
  }

  private static Optional<MappingNode> find(Node node, String id) {
    if (node instanceof MappingNode m) {
      Optional<Node> budget = field(m, "budget");
      if (budget.isPresent() && budget.get() instanceof MappingNode b) {
        String bid =
            field(b, "id")
                .filter(n -> n instanceof ScalarNode)
                .map(n -> ((ScalarNode) n).getValue())
                .orElse("budget");
        if (bid.equals(id)) {
          return Optional.of(b);
        }
      }
      for (NodeTuple t : m.getValue()) {
        Optional<MappingNode> inner = find(t.getValueNode(), id);
        if (inner.isPresent()) {
          return inner;
        }
      }
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.getValue()) {
        Optional<MappingNode> inner = find(item, id);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Node> field(MappingNode m, String name) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) {
        return Optional.of(t.getValueNode());
      }
    }
    return Optional.empty();
  }

  private static PlanException missing(String name, String message) {
    return new PlanException(new Problem(Location.ofFile(name), "", message));
  }
}
