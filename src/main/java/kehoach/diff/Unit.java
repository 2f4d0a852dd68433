package kehoach.diff;

import java.util.List;

/**
 * A paragraph or a table row of a document, as compared.
 *
 * @param place where it is, by the document's own numbering: "II.2.a", "Phụ lục I", "mở đầu"
 * @param text its text; for a row, its cells joined with " | "
 * @param cells a row's cells; empty for a paragraph
 * @param table which table a row belongs to, counting from 0; -1 for a paragraph
 * @param rowKind for a row: "header", "column-numbers", "group", "item" or "total"
 */
public record Unit(String place, String text, List<String> cells, int table, String rowKind) {
  public Unit {
    cells = List.copyOf(cells);
  }

  public static Unit paragraph(String text) {
    return new Unit("", text, List.of(), -1, "");
  }

  public static Unit row(List<String> cells, int table, String rowKind) {
    return new Unit("", String.join(" | ", cells), cells, table, rowKind);
  }

  public boolean isRow() {
    return table >= 0;
  }

  Unit at(String newPlace) {
    return new Unit(newPlace, text, cells, table, rowKind);
  }
}
