package kehoach.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kehoach.Kehoach;
import kehoach.document.TableGrid;
import kehoach.document.XhtmlDocument;
import kehoach.model.PlanException;
import kehoach.render.Renderer;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordReader;
import kehoach.word.WordTable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads a version of a plan, a model or a DOCX, as the list of units it prints. */
final class Versions {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(\\d+\\)|");
  private static final char NON_BREAKING_HYPHEN = '\u2011';
  private static final char NO_BREAK_SPACE = '\u00A0';

  private Versions() {}

  /** The units of {@code file}: a DOCX by its extension, otherwise a plan model. */
  static List<Unit> read(Path file, Optional<Path> templates) throws PlanException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
      return Places.assign(fromDocx(file));
    }
    Renderer renderer = new Renderer(templates);
    return Places.assign(fromDocument(renderer.document(Kehoach.compute(file))));
  }

  /** The units of a rendered plan's document. */
  static List<Unit> fromDocument(XhtmlDocument document) {
    List<Unit> units = new ArrayList<>();
    int[] tables = {0};
    walk(document.body(), units, tables);
    return units;
  }

  private static void walk(Element e, List<Unit> units, int[] tables) {
    String name = e.getLocalName();
    if (name.equals("p")) {
      String text = text(XhtmlDocument.text(e));
      if (!text.isEmpty()) {
        units.add(Unit.paragraph(text));
      }
      return;
    }
    if (name.equals("table") && XhtmlDocument.hasClass(e, "grid")) {
      int table = tables[0]++;
      TableGrid grid = TableGrid.of(e);
      for (int r = 0; r < grid.rows().size(); r++) {
        String kind = grid.rows().get(r).getAttribute("class").strip();
        units.add(Unit.row(cells(grid, r), table, kind.isEmpty() ? "item" : kind));
      }
      return;
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        walk(child, units, tables);
      }
    }
  }

  /**
   * The cells that start in row {@code r}, as HTML lists them: a merged cell is its text, once, in
   * the row it starts in; the rows below that it spans leave it out, as a DOCX's rows read without
   * Word's cells that continue a vertical merge.
   */
  private static List<String> cells(TableGrid grid, int r) {
    return grid.cells(r).stream().map(c -> text(XhtmlDocument.text(c.element()))).toList();
  }

  /**
   * The units of a DOCX as {@link WordReader} reads it (once {@code OfficeFile} has found the file
   * sound): a paragraph with the label Word's numbering prints before it; a borderless layout table
   * (the header, Nơi nhận and the signature) as its cells' paragraphs, as a reader reads them; a
   * table as its rows, each cell that starts in the row once.
   */
  static List<Unit> fromDocx(Path file) throws PlanException {
    WordDocument doc = WordReader.read(file);
    List<Unit> units = new ArrayList<>();
    for (Block block : doc.body()) {
      if (block instanceof WordTable t && !t.layout()) {
        addRows(units, t);
      } else {
        block.paragraphs().forEach(p -> addParagraph(units, p));
      }
    }
    return units;
  }

  private static void addParagraph(List<Unit> units, WordParagraph p) {
    String text = text((p.listLabel().isEmpty() ? "" : p.listLabel() + " ") + p.text());
    if (!text.isEmpty()) {
      units.add(Unit.paragraph(text));
    }
  }

  private static void addRows(List<Unit> units, WordTable t) {
    for (int i = 0; i < t.rows().size(); i++) {
      List<WordTable.Cell> cells = t.rows().get(i).cells();
      List<String> texts = cells.stream().map(c -> text(c.text())).toList();
      List<WordTable.Cell> written = cells.stream().filter(c -> !c.text().isEmpty()).toList();
      boolean bold = !written.isEmpty() && written.stream().allMatch(WordTable.Cell::bold);
      units.add(Unit.row(texts, t.index(), rowKind(i, texts, bold)));
    }
  }

  /** A hand-made table's rows: the first is the header; bold rows are groups. */
  private static String rowKind(int index, List<String> cells, boolean bold) {
    if (index == 0) {
      return "header";
    }
    if (cells.stream().allMatch(c -> COLUMN_NUMBER.matcher(c).matches())) {
      return "column-numbers";
    }
    if (cells.stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).startsWith("TỔNG CỘNG"))) {
      return "total";
    }
    return bold ? "group" : "item";
  }

  /**
   * The text as it reads, spaces collapsed. Word's non-breaking hyphen ({@code <w:noBreakHyphen/>},
   * which Apache POI reads as U+2011) and the no-break space (U+00A0), with which the DOCX writer
   * keeps a unit such as 36/QĐ-TTg on one line, read as the hyphen and space they print as: a model
   * and the DOCX rendered from it have the same text.
   */
  static String text(String raw) {
    String read = raw.replace(NON_BREAKING_HYPHEN, '-').replace(NO_BREAK_SPACE, ' ');
    return SPACE.matcher(read).replaceAll(" ").strip();
  }
}
