package kehoach.wordimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kehoach.model.Block.Numbering;
import kehoach.word.WordTable;

/**
 * A budget table's rows as the model's budget lines: groups by their STT, each figure the drafter
 * wrote kept (a line's amount beside its quantity and unit price, a group's amount, the total) so
 * that {@code check} compares them with what kehoach computes and reports where the original is
 * wrong.
 */
final class Budgets {
  private static final List<String> UNITS =
      List.of("đồng", "nghìn đồng", "ngàn đồng", "triệu đồng");

  private Budgets() {}

  static Map<String, Object> of(
      WordTable table,
      List<String> headers,
      List<String> keys,
      Optional<String> unitLine,
      Warnings warnings) {
    Map<String, Object> out = new LinkedHashMap<>();
    Optional<String> unit =
        headers.stream().map(Tables::unitIn).flatMap(Optional::stream).findFirst();
    unit = unit.or(() -> unitLine);
    String u = unit.map(s -> s.toLowerCase(Locale.ROOT)).orElse("đồng");
    if (!UNITS.contains(u)) {
      warnings.add("table " + (table.index() + 1) + ": unit \"" + u + "\" read as đồng");
      u = "đồng";
    }
    out.put("unit", u);
    if (unitLine.isEmpty()) {
      out.put("unitLine", new YamlText.Bare("false"));
    }
    List<Object> columns = new ArrayList<>();
    for (int c = 0; c < keys.size(); c++) {
      Map<String, Object> column = new LinkedHashMap<>();
      column.put("key", keys.get(c));
      column.put("header", headers.get(c).replace("\n", " "));
      columns.add(column);
    }
    out.put("columns", columns);
    Tables.columnNumbersOf(table).ifPresent(n -> out.put("columnNumbers", n));
    List<WordTable.Row> rows = new ArrayList<>();
    for (WordTable.Row r : Tables.dataRows(table)) {
      String content = plain(r, keys, "content");
      if (Tables.isTotal(content) || Tables.isTotal(plain(r, keys, "stt"))) {
        total(r, keys, content, out, table, warnings);
      } else {
        rows.add(r);
      }
    }
    boolean stt = keys.get(0).equals("stt");
    List<String> stts = rows.stream().map(r -> stt ? text(r, keys, "stt") : "").toList();
    List<Numbering> levels = new ArrayList<>();
    List<TableRows.Node> tree = TableRows.tree(rows, stts, levels);
    boolean groups = tree.stream().anyMatch(n -> !n.children().isEmpty());
    TableRows.putNumbering(out, stt, levels, groups);
    out.put("rows", lines(tree, keys, stt, table, warnings));
    return out;
  }

  /** The total row: its figure stated, its label kept when not kehoach's "TỔNG CỘNG". */
  private static void total(
      WordTable.Row r,
      List<String> keys,
      String content,
      Map<String, Object> out,
      WordTable table,
      Warnings warnings) {
    String label = content.isEmpty() ? text(r, keys, "stt") : content;
    String bare = label.replaceAll("\\s*\\(.*$", "").strip();
    if (!bare.equals("TỔNG CỘNG")) {
      out.put("totalLabel", bare);
    }
    Optional<YamlText.Bare> amount = Tables.figure(plain(r, keys, "amount"));
    amount.ifPresentOrElse(
        a -> out.put("total", a),
        () -> warnings.add("table " + (table.index() + 1) + ": the total row has no figure"));
  }

  private static List<Object> lines(
      List<TableRows.Node> nodes, List<String> keys, boolean stt, WordTable table, Warnings w) {
    List<Object> out = new ArrayList<>();
    int count = 0;
    for (TableRows.Node n : nodes) {
      Map<String, Object> line = new LinkedHashMap<>();
      if (stt) {
        if (n.numbered() && TableRows.same(n.stt(), TableRows.expected(n.kind(), count + 1))) {
          count++;
        } else {
          line.put("stt", n.stt());
        }
      }
      line.put(
          "content",
          n.children().isEmpty()
              ? text(n.row(), keys, "content")
              : plain(n.row(), keys, "content"));
      put(line, "unit", plain(n.row(), keys, "unit"));
      Optional<YamlText.Bare> quantity = Tables.figure(plain(n.row(), keys, "quantity"));
      Optional<YamlText.Bare> price = Tables.figure(plain(n.row(), keys, "price"));
      Optional<YamlText.Bare> amount = Tables.figure(plain(n.row(), keys, "amount"));
      if (!n.children().isEmpty()) {
        quantity.ifPresent(q -> line.put("quantity", q)); // a group's quantity is only printed
      } else if (quantity.isPresent() && price.isPresent()) {
        line.put("quantity", quantity.get());
        line.put("price", price.get());
      } else if (quantity.isPresent() || price.isPresent()) {
        String figures = (plain(n.row(), keys, "quantity") + " " + plain(n.row(), keys, "price"));
        String where = keys.contains("note") ? "note" : "content";
        line.merge(where, figures.strip(), (a, b) -> a + " (" + b + ")");
        w.add(
            "table "
                + (table.index() + 1)
                + ", line \""
                + plain(n.row(), keys, "content")
                + "\": a quantity without a unit price (or the reverse) is kept in the "
                + where);
      }
      amount.ifPresent(a -> line.put("amount", a));
      if (!n.children().isEmpty()) {
        line.put("rows", lines(n.children(), keys, stt, table, w));
      } else if (amount.isEmpty() && !line.containsKey("quantity")) {
        line.put("amount", new YamlText.Bare("0"));
        w.add(
            "table "
                + (table.index() + 1)
                + ", line \""
                + text(n.row(), keys, "content")
                + "\": no figure; written as an amount of 0");
      }
      String note = text(n.row(), keys, "note");
      if (!note.isEmpty() && keys.contains("note")) {
        line.merge("note", note, (a, b) -> b + " " + a);
      }
      out.add(line);
    }
    return out;
  }

  private static void put(Map<String, Object> line, String key, String text) {
    if (!text.isEmpty()) {
      line.put(key, text);
    }
  }

  /** The text of the row's cell in column {@code key}, "" when it has none. */
  private static String text(WordTable.Row r, List<String> keys, String key) {
    int column = keys.indexOf(key);
    if (column < 0) {
      return "";
    }
    return Tables.at(r, column).map(c -> Tables.cellText(c, !key.equals("stt"))).orElse("");
  }

  /** The text of the row's cell in column {@code key} without marks: a group's title or a total. */
  private static String plain(WordTable.Row r, List<String> keys, String key) {
    int column = keys.indexOf(key);
    return column < 0 ? "" : Tables.at(r, column).map(c -> Tables.cellText(c, false)).orElse("");
  }
}
