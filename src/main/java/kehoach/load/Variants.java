package kehoach.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.vi.VietnameseText;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One base plan and a table of differences: each row of the table, applied to the base, is a plan
 * of its own.
 *
 * <p>A column's header is a field path, as kehoach's messages write them ({@code issuer.name},
 * {@code appendices[1].content[0].budget.rows[2].quantity}); a name may also pick a list's item by
 * its {@code id} ({@code appendices.budget.rows[2].quantity}: the appendix, or the budget table,
 * whose id is "budget"). An empty cell keeps the base's value.
 */
public final class Variants {
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private final Path base;
  private final String text;
  private final String table;

  /**
   * @param base the base model
   * @param table the variants table's name, for messages
   */
  public Variants(Path base, String table) throws PlanException {
    this.base = base;
    this.table = table;
    this.text = PlanLoader.text(base);
  }

  /**
   * A cell of the table.
   *
   * @param row the spreadsheet row, counting from 1 (the header is row 1)
   * @param column the spreadsheet column, counting from 1
   * @param path the column's field path
   * @param value the cell's text
   */
  public record Cell(int row, int column, String path, String value) {}

  /** The plan of one row: the base with the row's cells set. */
  public PlanLoader.Loaded plan(List<Cell> row) throws PlanException {
    Node root = PlanLoader.tree(base.toString(), text);
    List<Problem> problems = new ArrayList<>();
    for (Cell cell : row) {
      if (!cell.value().isBlank()) {
        set(root, cell).ifPresent(problems::add);
      }
    }
    try {
      PlanLoader.Loaded loaded = PlanLoader.read(base.toString(), root);
      if (problems.isEmpty()) {
        return loaded;
      }
    } catch (PlanException e) {
      problems.addAll(e.problems());
    }
    throw new PlanException(problems);
  }

  private Optional<Problem> set(Node root, Cell cell) {
    List<String> segments = new ArrayList<>();
    Matcher m = SEGMENT.matcher(cell.path().strip());
    while (m.find()) {
      segments.add(m.group(1) != null ? m.group(1) : "[" + m.group(2) + "]");
    }
    if (segments.isEmpty()) {
      return Optional.of(problem(cell, "the column has no field path in its header"));
    }
    Node node = root;
    for (int i = 0; i < segments.size() - 1; i++) {
      Optional<Node> next = step(node, segments.get(i));
      if (next.isEmpty()) {
        return Optional.of(
            problem(
                cell,
                "no field \"" + String.join(".", segments.subList(0, i + 1)) + "\" in " + base));
      }
      node = next.get();
    }
    String last = segments.get(segments.size() - 1);
    ScalarNode value = scalar(cell);
    if (node instanceof MappingNode mapping && !last.startsWith("[")) {
      Node target = descendIfOneTable(mapping, last);
      MappingNode into = target instanceof MappingNode mm ? mm : mapping;
      for (NodeTuple t : into.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(last)) {
          if (!(t.getValueNode() instanceof ScalarNode)) {
            return Optional.of(
                problem(
                    cell, "\"" + cell.path() + "\" is not a single value but a list or a mapping"));
          }
          into.getValue().set(into.getValue().indexOf(t), new NodeTuple(t.getKeyNode(), value));
          return Optional.empty();
        }
      }
      // a field the base leaves out: added with the cell's place, so a misspelt one is reported
      // there
      into.getValue().add(new NodeTuple(keyAt(cell, last), value));
      return Optional.empty();
    }
    if (node instanceof SequenceNode seq && last.startsWith("[")) {
      int index = Integer.parseInt(last.substring(1, last.length() - 1));
      if (index >= seq.getValue().size()) {
        return Optional.of(
            problem(
                cell, "\"" + cell.path() + "\": the list has " + seq.getValue().size() + " items"));
      }
      seq.getValue().set(index, value);
      return Optional.empty();
    }
    return Optional.of(problem(cell, "no field \"" + cell.path() + "\" in " + base));
  }

  /** One step down the tree: a field, an index, or the item of a list with that id. */
  private static Optional<Node> step(Node node, String segment) {
    if (segment.startsWith("[")) {
      int index = Integer.parseInt(segment.substring(1, segment.length() - 1));
      return node instanceof SequenceNode seq && index < seq.getValue().size()
          ? Optional.of(seq.getValue().get(index))
          : Optional.empty();
    }
    if (node instanceof MappingNode mapping) {
      Optional<Node> field = field(mapping, segment);
      if (field.isPresent()) {
        return field;
      }
      Node inner = descendIfOneTable(mapping, segment);
      return inner instanceof MappingNode table && inner != mapping
          ? field(table, segment)
          : Optional.empty();
    }
    if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof MappingNode m
            && field(m, "id")
                .filter(id -> id instanceof ScalarNode s && s.getValue().equals(segment))
                .isPresent()) {
          return Optional.of(item);
        }
      }
      for (Node item : seq.getValue()) {
        Optional<Node> table = tableWithId(item, segment);
        if (table.isPresent()) {
          return table;
        }
      }
    }
    return Optional.empty();
  }

  /** A budget or data table with {@code id} among the content of {@code item}. */
  private static Optional<Node> tableWithId(Node item, String id) {
    if (!(item instanceof MappingNode m)) {
      return Optional.empty();
    }
    Optional<Node> content = field(m, "content");
    if (content.isEmpty() || !(content.get() instanceof SequenceNode blocks)) {
      return Optional.empty();
    }
    for (Node block : blocks.getValue()) {
      if (block instanceof MappingNode b) {
        for (String kind : List.of("budget", "table")) {
          Optional<Node> table = field(b, kind);
          if (table.isPresent()
              && table.get() instanceof MappingNode t
              && field(t, "id")
                  .filter(i -> i instanceof ScalarNode s && s.getValue().equals(id))
                  .isPresent()) {
            return table;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** An appendix asked for a table's field ("rows") stands for its only table. */
  private static Node descendIfOneTable(MappingNode mapping, String segment) {
    if (field(mapping, segment).isPresent() || field(mapping, "content").isEmpty()) {
      return mapping;
    }
    Node content = field(mapping, "content").get();
    if (!(content instanceof SequenceNode blocks)) {
      return mapping;
    }
    List<Node> tables = new ArrayList<>();
    for (Node block : blocks.getValue()) {
      if (block instanceof MappingNode b) {
        field(b, "budget").or(() -> field(b, "table")).ifPresent(tables::add);
      }
    }
    return tables.size() == 1 && tables.get(0) instanceof MappingNode t ? t : mapping;
  }

  private static Optional<Node> field(MappingNode m, String name) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) {
        return Optional.of(t.getValueNode());
      }
    }
    return Optional.empty();
  }

  private Mark mark(Cell cell) {
    return new Mark(table, 0, cell.row() - 1, cell.column() - 1, new int[0], 0);
  }

  /** The cell's value as a YAML scalar, placed at the cell for messages. */
  private ScalarNode scalar(Cell cell) {
    Optional<Mark> at = Optional.of(mark(cell));
    return new ScalarNode(
        Tag.STR, true, VietnameseText.nfc(cell.value().strip()), ScalarStyle.PLAIN, at, at);
  }

  private ScalarNode keyAt(Cell cell, String key) {
    Optional<Mark> at = Optional.of(mark(cell));
    return new ScalarNode(Tag.STR, true, key, ScalarStyle.PLAIN, at, at);
  }

  private Problem problem(Cell cell, String message) {
    return new Problem(new Location(table, cell.row(), cell.column()), cell.path(), message);
  }
}
