package kehoach.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.diff.DiffResult.AmountChange;
import kehoach.diff.DiffResult.LineChange;
import kehoach.model.MoneyUnit;
import kehoach.vi.VietnameseNumbers;
import kehoach.vi.VietnameseText;

/**
 * A budget table as printed, read back from its rows: any table with a "Thành tiền" column, its
 * unit from the "Đơn vị tính" line above it (or its header), its total in words from the line under
 * it.
 */
record BudgetTable(
    int index, String name, String unit, List<Line> lines, Optional<Line> total, String words) {

  /** A printed line; figures as printed, empty when the cell is. */
  record Line(
      String kind, String label, String content, String quantity, String price, String amount) {
    String key() {
      return content.toLowerCase(VietnameseText.VI);
    }
  }

  static List<BudgetTable> find(List<Unit> units) {
    List<BudgetTable> tables = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit header = units.get(i);
      if (!header.isRow() || (i > 0 && units.get(i - 1).table() == header.table())) {
        continue;
      }
      int amount = column(header, "thành tiền");
      if (amount < 0) {
        continue;
      }
      int end = i;
      while (end < units.size() && units.get(end).table() == header.table()) {
        end++;
      }
      tables.add(read(units, i, end, amount));
    }
    return tables;
  }

  private static BudgetTable read(List<Unit> units, int start, int end, int amount) {
    Unit header = units.get(start);
    int quantity = column(header, "số lượng");
    int price = column(header, "đơn giá");
    int content = Math.max(column(header, "nội dung"), 1);
    List<Line> lines = new ArrayList<>();
    Optional<Line> total = Optional.empty();
    for (int r = start + 1; r < end; r++) {
      Unit row = units.get(r);
      if (row.rowKind().equals("header") || row.rowKind().equals("column-numbers")) {
        continue;
      }
      Line line =
          new Line(
              row.rowKind(),
              cell(row, 0),
              cell(row, content),
              cell(row, quantity),
              cell(row, price),
              cell(row, amount));
      if (row.rowKind().equals("total")) {
        total = Optional.of(line);
      } else {
        lines.add(line);
      }
    }
    String unit = unitAbove(units, start, header.cells().get(amount));
    String words = end < units.size() ? wordsUnder(units.get(end)) : "";
    String name = header.place().replaceAll(", bảng \\d+.*$", "");
    return new BudgetTable(header.table(), name, unit, lines, total, words);
  }

  private static int column(Unit header, String word) {
    for (int c = 0; c < header.cells().size(); c++) {
      if (header.cells().get(c).toLowerCase(VietnameseText.VI).contains(word)) {
        return c;
      }
    }
    return -1;
  }

  private static String cell(Unit row, int column) {
    return column >= 0 && column < row.cells().size() ? row.cells().get(column) : "";
  }

  private static String unitAbove(List<Unit> units, int start, String amountHeader) {
    for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
      String t = units.get(i).text();
      String lower = t.toLowerCase(VietnameseText.VI);
      if (!units.get(i).isRow() && (lower.startsWith("đơn vị tính") || lower.startsWith("đvt"))) {
        return t.substring(t.indexOf(':') + 1).strip();
      }
    }
    int open = amountHeader.indexOf('(');
    return open >= 0 ? amountHeader.substring(open + 1).replace(")", "").strip() : "đồng";
  }

  private static String wordsUnder(Unit next) {
    String t = next.text();
    if (next.isRow() || !t.startsWith("(Bằng chữ:")) {
      return "";
    }
    return t.substring("(Bằng chữ:".length()).replaceAll("\\)\\s*$", "").strip();
  }

  /** What changed from this table to {@code after}. */
  DiffResult.BudgetChange compareWith(BudgetTable after) {
    List<LineChange> lineChanges = new ArrayList<>();
    List<AmountChange> groups = new ArrayList<>();
    List<Line> oldItems = items(lines, false);
    List<Line> newItems = items(after.lines, false);
    for (AbstractDelta<String> d :
        DiffUtils.diff(keys(oldItems), keys(newItems), true).getDeltas()) {
      List<Line> o =
          oldItems.subList(
              d.getSource().getPosition(), d.getSource().getPosition() + d.getSource().size());
      List<Line> n =
          newItems.subList(
              d.getTarget().getPosition(), d.getTarget().getPosition() + d.getTarget().size());
      int paired =
          d.getType() == DeltaType.EQUAL || d.getType() == DeltaType.CHANGE
              ? Math.min(o.size(), n.size())
              : 0;
      for (int i = 0; i < paired; i++) {
        if (!sameFigures(o.get(i), n.get(i)) || !o.get(i).content().equals(n.get(i).content())) {
          lineChanges.add(line("changed", o.get(i), n.get(i), after.unit));
        }
      }
      for (int i = paired; i < o.size(); i++) {
        lineChanges.add(line("removed", o.get(i), null, after.unit));
      }
      for (int i = paired; i < n.size(); i++) {
        lineChanges.add(line("added", null, n.get(i), after.unit));
      }
    }
    List<Line> oldGroups = items(lines, true);
    List<Line> newGroups = items(after.lines, true);
    for (AbstractDelta<String> d :
        DiffUtils.diff(keys(oldGroups), keys(newGroups), true).getDeltas()) {
      if (d.getType() != DeltaType.EQUAL) {
        continue;
      }
      for (int i = 0; i < d.getSource().size(); i++) {
        Line o = oldGroups.get(d.getSource().getPosition() + i);
        Line n = newGroups.get(d.getTarget().getPosition() + i);
        if (!same(o.amount(), n.amount())) {
          groups.add(
              new AmountChange(
                  n.label() + " " + n.content(),
                  o.amount(),
                  n.amount(),
                  difference(o.amount(), n.amount(), after.unit)));
        }
      }
    }
    List<AmountChange> totals = new ArrayList<>();
    String words = "";
    if (total.isPresent() && after.total.isPresent()) {
      Line o = total.get();
      Line n = after.total.get();
      if (!same(o.amount(), n.amount()) || !o.content().equals(n.content())) {
        totals.add(
            new AmountChange(
                n.content(),
                o.amount(),
                n.amount(),
                difference(o.amount(), n.amount(), after.unit)));
        words = after.words;
      }
    }
    return new DiffResult.BudgetChange(after.name, after.unit, lineChanges, groups, totals, words);
  }

  private static List<Line> items(List<Line> lines, boolean groups) {
    return lines.stream().filter(l -> l.kind().equals("group") == groups).toList();
  }

  private static List<String> keys(List<Line> lines) {
    return lines.stream().map(Line::key).toList();
  }

  private static boolean sameFigures(Line a, Line b) {
    return same(a.quantity(), b.quantity())
        && same(a.price(), b.price())
        && same(a.amount(), b.amount());
  }

  private static boolean same(String a, String b) {
    Optional<BigDecimal> x = VietnameseNumbers.parse(a);
    Optional<BigDecimal> y = VietnameseNumbers.parse(b);
    if (x.isPresent() && y.isPresent()) {
      return x.get().compareTo(y.get()) == 0;
    }
    return a.strip().equals(b.strip());
  }

  private static LineChange line(String type, Line o, Line n, String unit) {
    Line shown = n != null ? n : o;
    return new LineChange(
        type,
        shown.label(),
        n != null && o != null && !o.content().equals(n.content())
            ? o.content() + " → " + n.content()
            : shown.content(),
        o == null ? "" : o.quantity(),
        n == null ? "" : n.quantity(),
        o == null ? "" : o.price(),
        n == null ? "" : n.price(),
        o == null ? "" : o.amount(),
        n == null ? "" : n.amount(),
        difference(o == null ? "0" : o.amount(), n == null ? "0" : n.amount(), unit));
  }

  /** The change from {@code before} to {@code after}, in đồng: "+5.000.000 đồng". */
  static String difference(String before, String after, String unit) {
    Optional<BigDecimal> a = VietnameseNumbers.parse(before.isBlank() ? "0" : before);
    Optional<BigDecimal> b = VietnameseNumbers.parse(after.isBlank() ? "0" : after);
    if (a.isEmpty() || b.isEmpty()) {
      return "";
    }
    BigDecimal factor = MoneyUnit.parse(unit).map(MoneyUnit::inDong).orElse(BigDecimal.ONE);
    BigDecimal change = b.get().subtract(a.get()).multiply(factor);
    String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "-" : "±";
    return sign + VietnameseNumbers.format(change.abs()) + " đồng";
  }
}
