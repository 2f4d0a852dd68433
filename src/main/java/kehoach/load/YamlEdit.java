package kehoach.load;

import java.util.Optional;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.snakeyaml.engine.v2.common.FlowStyle;
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
 */
public final class YamlEdit {
  private YamlEdit() {}

  /** Where a budget table's rows are written: the column of their "-", and their text's span. */
  public record Span(int column, int start, int end) {}

  /** The span of the rows of budget table {@code id} in {@code text}. */
  public static Span rows(String name, String text, String id) throws PlanException {
    MappingNode table = budget(PlanLoader.tree(name, text), id, name);
    Node rows =
        field(table, "rows")
            .orElseThrow(() -> missing(name, "the budget \"" + id + "\" has no rows"));
    if (!(rows instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw missing(name, "the budget \"" + id + "\" has no rows to replace");
    }
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

  /** {@code text} with the rows of budget {@code id} replaced by {@code rows} (starting at "-"). */
  public static String replaceRows(String name, String text, String id, String rows)
      throws PlanException {
    Span span = rows(name, text, id);
    return text.substring(0, span.start()) + rows + text.substring(span.end());
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
    return text.substring(0, start) + total + text.substring(end);
  }

  private static int lastEnd(Node node) {
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

  /** Marks count code points; strings count chars. */
  private static int offset(String text, int codePoints) {
    return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
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
