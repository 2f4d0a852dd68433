package kehoach.lint;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import kehoach.lint.ArithTable.Line;

/**
 * The groups of a budget table: each row belongs to the nearest row above it numbered at an outer
 * level (II above 1, 1 above "-"), and a grand total closes them all. A group's value is its stated
 * amount, or the sum of its rows when it states none.
 */
final class ArithTree {
  private final List<Line> lines;
  private final int[] parent;
  private final List<List<Integer>> children = new ArrayList<>();

  ArithTree(List<Line> lines) {
    this.lines = lines;
    this.parent = new int[lines.size()];
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < lines.size(); i++) {
      children.add(new ArrayList<>());
      Line line = lines.get(i);
      if (line.total()) {
        open.clear();
        parent[i] = -1;
        continue;
      }
      while (!open.isEmpty() && closes(lines.get(open.peek()), line)) {
        open.pop();
      }
      parent[i] = open.isEmpty() ? -1 : open.peek();
      if (parent[i] >= 0) {
        children.get(parent[i]).add(i);
      }
      open.push(i);
    }
  }

  /**
   * Whether {@code next} ends {@code open}'s group: it is numbered at the same level or an outer
   * one, or it is an item without a number after an item ("-" or none) with figures, so a sibling.
   */
  private static boolean closes(Line open, Line next) {
    if (open.kind().compareTo(next.kind()) >= 0) {
      return true;
    }
    return next.kind() == ArithTable.Kind.NONE
        && !next.figures().isEmpty()
        && open.kind().compareTo(ArithTable.Kind.DASH) >= 0
        && !open.figures().isEmpty();
  }

  /** The rows directly under row {@code index}. */
  List<Integer> children(int index) {
    return children.get(index);
  }

  /** The outermost rows between the previous total and the total at {@code totalIndex}. */
  List<Integer> roots(int totalIndex) {
    List<Integer> roots = new ArrayList<>();
    for (int i = totalIndex - 1; i >= 0 && !lines.get(i).total(); i--) {
      if (parent[i] < 0) {
        roots.add(0, i);
      }
    }
    return roots;
  }

  /** The sum of the rows' values in {@code column}; empty when none has one. */
  Optional<BigDecimal> sum(List<Integer> rows, int column) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean any = false;
    for (int r : rows) {
      Optional<BigDecimal> v = value(r, column);
      if (v.isPresent()) {
        sum = sum.add(v.get());
        any = true;
      }
    }
    return any ? Optional.of(sum) : Optional.empty();
  }

  /** A row's value: its stated figure, or its rows' sum. */
  Optional<BigDecimal> value(int row, int column) {
    Optional<BigDecimal> own = lines.get(row).figure(column);
    return own.isPresent() ? own : sum(children.get(row), column);
  }
}
