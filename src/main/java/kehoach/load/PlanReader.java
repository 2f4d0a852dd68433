package kehoach.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import kehoach.model.Appendix;
import kehoach.model.Block;
import kehoach.model.Block.BudgetTable;
import kehoach.model.Block.Bullet;
import kehoach.model.Block.BulletList;
import kehoach.model.Block.Column;
import kehoach.model.Block.DataTable;
import kehoach.model.Block.Heading;
import kehoach.model.Block.Numbering;
import kehoach.model.Block.Paragraph;
import kehoach.model.Block.Role;
import kehoach.model.Block.Span;
import kehoach.model.Block.TableRow;
import kehoach.model.BudgetRow;
import kehoach.model.CellSpans;
import kehoach.model.DocumentInfo;
import kehoach.model.DocumentReference;
import kehoach.model.Issuer;
import kehoach.model.LegalBases;
import kehoach.model.LegalBasis;
import kehoach.model.MoneyUnit;
import kehoach.model.Plan;
import kehoach.model.Recipient;
import kehoach.model.Signature;
import kehoach.vi.VietnameseText;
import kehoach.vi.WordStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the plan model's fields into records. The field names and their meaning are documented in
 * {@code docs/plan-model.md} and {@code schema/plan.schema.json}; keep the three in step.
 */
final class PlanReader {
  /** Default headers of the columns a data table knows by key. */
  static final Map<String, String> TABLE_HEADERS =
      orderedMap(
          "stt", "STT",
          "content", "Nội dung",
          "lead", "Đơn vị chủ trì",
          "partners", "Đơn vị phối hợp",
          "time", "Thời gian thực hiện",
          "result", "Kết quả đạt được",
          "note", "Ghi chú");

  /** The columns a budget table can have. */
  static final List<String> BUDGET_COLUMNS =
      List.of("stt", "content", "unit", "quantity", "price", "amount", "note");

  static final List<String> DEFAULT_BUDGET_COLUMNS =
      List.of("stt", "content", "unit", "quantity", "price", "amount");

  /** The largest rate of a percentage line: see {@link #percentage}. */
  private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

  private static final Map<String, Numbering> NUMBERINGS = enumNames(Numbering.values());
  private static final Map<String, Role> ROLES = enumNames(Role.values());
  private static final Map<String, LegalBases.Layout> LAYOUTS =
      enumNames(LegalBases.Layout.values());
  private static final Map<String, Block.Align> ALIGNS = enumNames(Block.Align.values());

  /** How a table's column or cell is aligned. */
  private static final Map<String, String> CELL_ALIGNS =
      Map.of("left", "left", "center", "center", "right", "right", "justify", "justify");

  private final NodeReader r;

  PlanReader(NodeReader reader) {
    this.r = reader;
  }

  Optional<Plan> plan(Node root) {
    Optional<Fields> top = r.fields(root, "", "a plan: a mapping with issuer, document, title, …");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields f = top.get();
    Optional<Issuer> issuer = f.required("issuer", "the issuing agency", this::issuer);
    Optional<DocumentInfo> document =
        f.required("document", "the document's number, place and date", this::document);
    String title = f.requiredText("title", "the trích yếu, the subject line under KẾ HOẠCH");
    LegalBases bases = f.optional("bases", this::bases).orElse(LegalBases.none());
    List<Heading> sections = f.list("sections", false, this::section);
    List<String> closing = f.list("closing", true, r::nonBlankText);
    List<Recipient> recipients = f.list("recipients", false, this::recipient);
    List<String> archive = f.list("archive", true, r::nonBlankText);
    Optional<Signature> signature = f.required("signature", "the signer", this::signature);
    List<Appendix> appendices = f.list("appendices", false, this::appendix);
    WordStyle words = f.optional("words", this::words).orElse(WordStyle.DEFAULT);
    f.done();
    if (issuer.isEmpty() || document.isEmpty() || signature.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Plan(
            issuer.get(),
            document.get(),
            title,
            bases,
            sections,
            closing,
            recipients,
            archive,
            signature.get(),
            appendices,
            words));
  }

  private Optional<Issuer> issuer(Node node, String path) {
    return r.fields(node, path, "the issuing agency: name, code, …")
        .map(
            f -> {
              Issuer issuer =
                  new Issuer(
                      f.text("parent"),
                      f.requiredText("name", "the agency's name, as \"Ủy ban nhân dân tỉnh X\""),
                      f.list("header", true, r::nonBlankText),
                      f.text("code").orElse("UBND"),
                      f.text("appendixName"));
              f.done();
              return issuer;
            });
  }

  private Optional<DocumentInfo> document(Node node, String path) {
    return r.fields(node, path, "the document's type, number, place and date")
        .map(
            f -> {
              DocumentInfo info =
                  new DocumentInfo(
                      f.text("type").map(t -> VietnameseText.upper(t)).orElse("KH"),
                      f.optional("number", r::positiveInteger),
                      f.requiredText("place", "the place name printed before the date"),
                      f.optional("date", (n, p) -> r.date(n, p, true)),
                      f.optional("draft", r::bool).orElse(false));
              f.done();
              return info;
            });
  }

  private Optional<LegalBases> bases(Node node, String path) {
    if (!(node instanceof MappingNode)) {
      List<LegalBasis> items = r.list(node, path, false, this::basis);
      return Optional.of(
          new LegalBases(items, Optional.empty(), LegalBases.Layout.PARAGRAPHS, "; ", ", "));
    }
    return r.fields(node, path, "the legal bases")
        .map(
            f -> {
              LegalBases bases =
                  new LegalBases(
                      f.list("items", false, this::basis),
                      f.text("closing"),
                      f.optional("layout", (n, p) -> r.choice(n, p, LAYOUTS))
                          .orElse(LegalBases.Layout.PARAGRAPHS),
                      f.optional("joiner", this::rawText).orElse("; "),
                      f.optional("separator", this::rawText).orElse(", "));
              f.done();
              return bases;
            });
  }

  /** Text kept with its spaces, for separators such as " và ". */
  private Optional<String> rawText(Node node, String path) {
    r.record(path, node);
    if (node instanceof ScalarNode s) {
      return r.printable(node, path, VietnameseText.nfc(s.getValue()));
    }
    return r.text(node, path);
  }

  private Optional<LegalBasis> basis(Node node, String path) {
    if (node instanceof ScalarNode) {
      return r.nonBlankText(node, path)
          .map(t -> new LegalBasis("", Optional.empty(), Optional.of(t)));
    }
    return r.fields(node, path, "a legal basis: text, or type, number, date, issuer, subject")
        .flatMap(
            f -> {
              String verb = f.text("verb").orElse("Căn cứ");
              Optional<String> text = f.text("text");
              boolean structured = f.has("type") || f.has("number");
              Optional<DocumentReference> reference = Optional.empty();
              if (structured) {
                reference =
                    Optional.of(
                        new DocumentReference(
                            f.requiredText("type", "the document type, as \"Quyết định\""),
                            f.text("number"),
                            f.optional("date", (n, p) -> r.date(n, p, false)),
                            f.text("issuer"),
                            f.text("subject")));
              } else {
                f.take("type");
                f.take("number");
                f.take("date");
                f.take("issuer");
                f.take("subject");
              }
              f.done();
              if (structured == text.isPresent()) {
                r.problem(
                    node,
                    path,
                    structured
                        ? "a legal basis has either \"text\" or a reference (type, number, …), not"
                            + " both"
                        : "expected \"text\" or a reference with \"type\" and \"number\"");
                return Optional.empty();
              }
              return Optional.of(new LegalBasis(verb, reference, text));
            });
  }

  private Optional<Heading> section(Node node, String path) {
    return r.fields(node, path, "a section (mục) with a title and content").map(f -> heading(f));
  }

  private Heading heading(Fields f) {
    Heading h =
        new Heading(
            f.text("title"),
            f.text("text"),
            f.optional("numbering", (n, p) -> r.choice(n, p, NUMBERINGS)),
            f.optional("role", (n, p) -> r.choice(n, p, ROLES)),
            f.list("content", true, this::block));
    f.done();
    return h;
  }

  private Optional<Block> block(Node node, String path) {
    if (node instanceof ScalarNode) {
      return r.nonBlankText(node, path).map(Paragraph::new);
    }
    Optional<Fields> fields =
        r.fields(node, path, "a paragraph, a heading, bullets, a table or a budget");
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    if (f.has("bullets")) {
      List<Bullet> items = f.list("bullets", true, this::bullet);
      f.done();
      return Optional.of(new BulletList(items));
    }
    if (f.has("table")) {
      Optional<DataTable> table = f.optional("table", this::dataTable);
      f.done();
      return table.map(Block.class::cast);
    }
    if (f.has("budget")) {
      Optional<BudgetTable> budget = f.optional("budget", this::budgetTable);
      f.done();
      return budget.map(Block.class::cast);
    }
    if (f.has("align") || f.has("indent") || f.has("note")) {
      return Optional.of(paragraph(f));
    }
    if (f.has("title") || f.has("text") || f.has("content")) {
      if (!f.has("title") && !f.has("content")) {
        // text alone may have been meant as a paragraph: a mistyped "align" or "indent" is named
        f.take("align");
        f.take("indent");
      }
      return Optional.of(heading(f));
    }
    r.problem(
        node,
        path,
        "expected a paragraph (text), a heading (title, text, content), bullets, table or budget");
    return Optional.empty();
  }

  /**
   * A paragraph set apart by its alignment or indent, {text: …, align: center}: running text, not
   * numbered as {text: …} alone is.
   */
  private Paragraph paragraph(Fields f) {
    Paragraph p =
        new Paragraph(
            f.requiredText("text", "the paragraph's text"),
            f.optional("align", (n, at) -> r.choice(n, at, ALIGNS)),
            f.optional("indent", r::bool).orElse(true),
            f.optional("note", r::bool).orElse(false));
    for (String key : List.of("title", "content", "numbering", "role")) {
      f.take(key)
          .ifPresent(
              n ->
                  r.problem(
                      n,
                      f.pathOf(key),
                      "\""
                          + key
                          + "\" belongs to a heading; a paragraph with align or indent has only"
                          + " text"));
    }
    f.done();
    return p;
  }

  private Optional<Bullet> bullet(Node node, String path) {
    if (node instanceof ScalarNode) {
      return r.nonBlankText(node, path).map(t -> new Bullet(t, List.of()));
    }
    return r.fields(node, path, "a bullet: text, or text with bullets under it")
        .map(
            f -> {
              Bullet b =
                  new Bullet(
                      f.requiredText("text", "the bullet's text"),
                      f.list("bullets", true, this::bullet));
              f.done();
              return b;
            });
  }

  private Optional<Column> column(Node node, String path, Map<String, String> defaults) {
    if (node instanceof ScalarNode) {
      Optional<String> key = r.nonBlankText(node, path);
      if (key.isPresent() && !defaults.containsKey(key.get())) {
        String hint =
            Suggestions.nearest(key.get(), defaults.keySet())
                .map(s -> "did you mean \"" + s + "\"? ")
                .orElse("");
        r.problem(
            node,
            path,
            "column \""
                + key.get()
                + "\" has no default header; "
                + hint
                + "known columns are "
                + String.join(", ", defaults.keySet())
                + ", or write {key: …, header: …}");
        return Optional.empty();
      }
      return key.map(k -> new Column(k, defaults.get(k)));
    }
    return r.fields(node, path, "a column: a key, or key and header")
        .flatMap(
            f -> {
              String key = f.requiredText("key", "the column's key");
              Optional<String> header =
                  f.text("header").or(() -> Optional.ofNullable(defaults.get(key)));
              Optional<String> width = f.optional("width", this::columnWidth);
              Optional<String> align = f.optional("align", (n, at) -> r.choice(n, at, CELL_ALIGNS));
              f.done();
              if (header.isEmpty() && !key.isEmpty()) {
                r.problem(node, path, "column \"" + key + "\" needs a header");
              }
              return header.map(h -> new Column(key, h, width, align));
            });
  }

  /**
   * A column's width: a weight (3, 1,5) or a length in centimetres or millimetres (3.5cm, 35mm).
   */
  private Optional<String> columnWidth(Node node, String path) {
    Optional<String> text = r.text(node, path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String w = text.get().replace(" ", "").replace(',', '.').toLowerCase(java.util.Locale.ROOT);
    if (w.matches("(\\d+(\\.\\d+)?|\\.\\d+)(cm|mm)?") && !w.matches("0*(\\.0*)?(cm|mm)?")) {
      return Optional.of(w);
    }
    r.problem(
        node,
        path,
        "expected a column width: a weight such as 3 (a share of the table) or a length such as"
            + " 3.5cm or 35mm, found \""
            + text.get()
            + "\"");
    return Optional.empty();
  }

  private List<String> columnNumbers(Fields f, int columns) {
    Optional<Node> node = f.take("columnNumbers");
    if (node.isEmpty()) {
      return List.of();
    }
    String path = f.pathOf("columnNumbers");
    if (node.get() instanceof ScalarNode) {
      Optional<Boolean> on = r.bool(node.get(), path);
      List<String> numbers = new ArrayList<>();
      for (int i = 1; on.orElse(false) && i <= columns; i++) {
        numbers.add("(" + i + ")");
      }
      return numbers;
    }
    List<String> numbers = r.list(node.get(), path, false, r::text);
    if (numbers.size() != columns) {
      r.problem(
          node.get(),
          path,
          "expected " + columns + " column numbers, one per column, found " + numbers.size());
    }
    return numbers;
  }

  private Optional<DataTable> dataTable(Node node, String path) {
    return r.fields(node, path, "a table: columns and rows")
        .map(
            f -> {
              List<Column> columns =
                  f.list("columns", false, (n, p) -> column(n, p, TABLE_HEADERS));
              if (columns.isEmpty()) {
                columns =
                    List.of(
                        new Column("stt", "STT"),
                        new Column("content", TABLE_HEADERS.get("content")));
              }
              List<String> numbers = columnNumbers(f, columns.size());
              Shown shown = new Shown("table", columns, f.has("columns"), TABLE_HEADERS.keySet());
              List<TableRow> rows = tableRows(f, shown, "in the table");
              List<Numbering> numbering =
                  f.list("numbering", true, (n, p) -> r.choice(n, p, NUMBERINGS));
              f.done();
              return new DataTable(columns, numbers, rows, numbering);
            });
  }

  /**
   * The rows of a table or of a group: one level, whose merged cells reach down no further than its
   * last row ({@code where}: "in the table").
   */
  private List<TableRow> tableRows(Fields f, Shown shown, String where) {
    Level level = new Level(new CellSpans<>(shown.columns().size()));
    List<TableRow> rows = f.list("rows", false, (n, p) -> tableRow(n, p, shown, level));
    level.end(level.row + 1, where);
    return rows;
  }

  private Optional<TableRow> tableRow(Node node, String path, Shown shown, Level level) {
    level.row++;
    return r.fields(node, path, "a row: a cell per column key, or a group with rows")
        .map(
            f -> {
              if (f.has("group")) {
                Optional<String> title = f.text("group");
                level.end(level.row, "before the group \"" + title.orElse("") + "\"");
                TableRow group =
                    new TableRow(
                        title,
                        stt(f, shown, r::text),
                        Map.of(),
                        tableRows(f, shown, "in its group"));
                for (String key : f.unasked()) {
                  if (shown.keys().contains(key)) {
                    f.refuse(
                        key,
                        "a group row prints only its title (group) and its number, so this would"
                            + " not be printed; put it in a row under the group");
                  }
                }
                f.done();
                return group;
              }
              level.spans.nextRow();
              Optional<String> stt = Optional.empty();
              Map<String, String> cells = new LinkedHashMap<>();
              Map<String, Span> spans = new LinkedHashMap<>();
              Map<String, String> aligns = new LinkedHashMap<>();
              for (int c = 0; c < shown.columns().size(); c++) {
                String key = shown.keys().get(c);
                Optional<Merged> cover = level.spans.cover(c);
                if (cover.isPresent()) {
                  if (f.written(key)) {
                    f.refuse(key, cover.get().covers(key, level.row));
                  }
                  continue;
                }
                Optional<Cell> cell =
                    key.equals("stt") ? stt(f, shown, this::cell) : f.optional(key, this::cell);
                if (cell.isEmpty()) {
                  continue;
                }
                if (key.equals("stt")) {
                  stt = cell.get().text();
                } else {
                  cells.put(key, cell.get().text().orElse(""));
                }
                cell.get().align().ifPresent(a -> aligns.put(key, a));
                Span span = spanFrom(cell.get(), c, key, shown, level);
                if (span.isMerged()) {
                  spans.put(key, span);
                }
              }
              if (!shown.keys().contains("stt")) {
                stt(f, shown, r::text);
              }
              f.take("group");
              if (f.has("rows")) {
                f.refuse(
                    "rows",
                    "only a group has rows: give this row a title as group: …, or move its rows"
                        + " out");
              }
              List<String> nearby = new ArrayList<>(shown.keys());
              nearby.addAll(List.of("group", "rows"));
              for (String key : f.unasked()) {
                f.refuse(key, notShown(key, shown, nearby));
              }
              f.done();
              return new TableRow(Optional.empty(), stt, cells, spans, aligns, List.of());
            });
  }

  /**
   * A cell: its text, or {@code {text, span, rows, align}} for a merged cell or one aligned
   * otherwise than its column. An STT cell without text is numbered; any other is empty.
   */
  private Optional<Cell> cell(Node node, String path) {
    if (!(node instanceof MappingNode)) {
      return r.text(node, path)
          .map(t -> new Cell(Optional.of(t), 1, 1, Optional.empty(), path, node, node));
    }
    return r.fields(node, path, "a cell: text, or text with span, rows and align")
        .map(
            f -> {
              Optional<String> text = f.optional("text", r::text);
              Optional<Node> spanNode = f.take("span");
              Optional<Node> rowsNode = f.take("rows");
              int span = spanNode.flatMap(n -> r.positiveInteger(n, path + ".span")).orElse(1);
              int rows = rowsNode.flatMap(n -> r.positiveInteger(n, path + ".rows")).orElse(1);
              Optional<String> align = f.optional("align", (n, at) -> r.choice(n, at, CELL_ALIGNS));
              f.done();
              return new Cell(
                  text, span, rows, align, path, spanNode.orElse(node), rowsNode.orElse(node));
            });
  }

  /**
   * Places the cell read at column {@code c} among the merged cells of its level, and returns how
   * far it reaches: a span that reaches past the last column, or into a position a cell above
   * covers, is a problem.
   */
  private Span spanFrom(Cell cell, int c, String key, Shown shown, Level level) {
    Merged merged = new Merged(key, level.row, cell);
    Span span = level.spans.start(c, new Span(cell.span(), cell.rows()), merged);
    if (span.columns() < cell.span()) {
      int next = c + span.columns();
      String why =
          next < shown.columns().size()
              ? shown.keys().get(next)
                  + " is covered by "
                  + level.spans.cover(next).map(m -> m.name(level.row)).orElse("a cell")
              : span.columns() == 1
                  ? key + " is the table's last column"
                  : key
                      + " has "
                      + (span.columns() - 1)
                      + (span.columns() == 2 ? " column" : " columns")
                      + " to its right ("
                      + String.join(", ", shown.keys().subList(c + 1, next))
                      + ")";
      r.problem(
          cell.spanNode(),
          cell.path() + ".span",
          "expected at most " + span.columns() + ": " + why + ", found " + cell.span());
    }
    return span;
  }

  /**
   * A cell as written.
   *
   * @param text its text; empty when not written
   * @param span the columns it covers, its own and those to its right
   * @param rows the rows it covers, its own and those below it
   * @param align its alignment when not its column's: "left", "center", "right" or "justify"
   * @param path where it is
   * @param spanNode where its span is written, for the place of a problem
   * @param rowsNode where its rows are written
   */
  private record Cell(
      Optional<String> text,
      int span,
      int rows,
      Optional<String> align,
      String path,
      Node spanNode,
      Node rowsNode) {}

  /** A cell among the merged cells of its level: its column key and its row (from 0). */
  private record Merged(String key, int row, Cell cell) {
    /** The cell as a message names it from row {@code at}: "lead (span: 2)". */
    String name(int at) {
      List<String> reach = new ArrayList<>();
      if (cell.span() > 1) {
        reach.add("span: " + cell.span());
      }
      if (cell.rows() > 1) {
        reach.add("rows: " + cell.rows());
      }
      String own = key + " (" + String.join(", ", reach) + ")";
      return at == row ? own : "rows[" + row + "]." + own + " above it";
    }

    /** Why the row at {@code at} may not write {@code covered}. */
    String covers(String covered, int at) {
      return covered
          + " is covered by "
          + name(at)
          + ", so this would not be printed; leave "
          + covered
          + " out of this row";
    }
  }

  /** One level of a table's rows, as it is read: the row being read and the merged cells. */
  private final class Level {
    final CellSpans<Merged> spans;
    int row = -1;

    Level(CellSpans<Merged> spans) {
      this.spans = spans;
    }

    /** Ends the cells that reach down past row {@code at} ({@code where}: "in its group"). */
    void end(int at, String where) {
      for (Merged m : spans.end()) {
        int below = at - m.row() - 1;
        r.problem(
            m.cell().rowsNode(),
            m.cell().path() + ".rows",
            "expected at most "
                + (below + 1)
                + (below == 0
                    ? ": no row follows it "
                    : ": this row and the "
                        + below
                        + (below == 1 ? " row" : " rows")
                        + " below it ")
                + where
                + ", found "
                + m.cell().rows());
      }
    }
  }

  /**
   * The columns a table prints, to tell a row's field the table cannot show.
   *
   * @param table what the table is called in messages: "table", "budget table"
   * @param columns its columns
   * @param written whether the model lists them, rather than taking the default ones
   * @param named the keys this kind of table knows by name, with a default header
   */
  private record Shown(
      String table, List<Column> columns, boolean written, Collection<String> named) {
    List<String> keys() {
      return columns.stream().map(Column::key).toList();
    }
  }

  /**
   * Số thứ tự: a row's own label, as written, read with {@code read} (as text, or in a data table
   * as a cell that may be merged); "" for a row without a number; empty when it is not written, so
   * that the row is numbered.
   */
  private <T> Optional<T> stt(Fields f, Shown shown, BiFunction<Node, String, Optional<T>> read) {
    if (!f.written("stt")) {
      return Optional.empty();
    }
    if (!shown.keys().contains("stt")) {
      f.refuse("stt", notShown("stt", shown, List.of()));
      return Optional.empty();
    }
    if (!f.has("stt")) {
      f.refuse(
          "stt",
          "stt has no value: write stt: \"\" for a row without a number, or leave stt out to"
              + " number the row");
      return Optional.empty();
    }
    return f.optional("stt", read);
  }

  /** A row's text field that the table prints in the column of the same key. */
  private Optional<String> shownText(Fields f, String key, Shown shown) {
    if (f.written(key) && !shown.keys().contains(key)) {
      f.refuse(key, notShown(key, shown, List.of()));
      return Optional.empty();
    }
    return f.text(key);
  }

  /** Why a row's field {@code key} would not be printed, and what to write instead. */
  private static String notShown(String key, Shown shown, Collection<String> nearby) {
    Optional<String> near = Suggestions.nearest(key, nearby);
    if (near.isPresent() && !shown.named().contains(key)) {
      return "\""
          + key
          + "\" is not a column of this "
          + shown.table()
          + "; did you mean \""
          + near.get()
          + "\"?";
    }
    String column = shown.named().contains(key) ? key : "{key: " + key + ", header: …}";
    return "the "
        + shown.table()
        + " has no "
        + key
        + " column, so this would not be printed; "
        + (shown.written()
            ? "add " + column + " to its columns"
            : "write its columns: [" + String.join(", ", shown.keys()) + ", " + column + "]");
  }

  private Optional<BudgetTable> budgetTable(Node node, String path) {
    return r.fields(node, path, "a budget table: unit and rows")
        .map(
            f -> {
              MoneyUnit unit = f.optional("unit", (n, p) -> moneyUnit(n, p)).orElse(MoneyUnit.DONG);
              Map<String, String> headers = budgetHeaders(unit);
              List<Column> columns = f.list("columns", false, (n, p) -> column(n, p, headers));
              if (columns.isEmpty()) {
                columns =
                    DEFAULT_BUDGET_COLUMNS.stream()
                        .map(k -> new Column(k, headers.get(k)))
                        .toList();
              }
              List<String> numbers = columnNumbers(f, columns.size());
              List<Numbering> numbering =
                  f.list("numbering", true, (n, p) -> r.choice(n, p, NUMBERINGS));
              Shown shown = new Shown("budget table", columns, f.has("columns"), BUDGET_COLUMNS);
              BudgetTable table =
                  new BudgetTable(
                      f.text("id").orElse("budget"),
                      unit,
                      columns,
                      numbers,
                      f.list("rows", false, (n, p) -> budgetRow(n, p, shown)),
                      f.text("totalLabel").orElse("TỔNG CỘNG"),
                      f.optional("total", r::nonNegative),
                      numbering,
                      f.optional("unitLine", r::bool).orElse(true),
                      f.optional("wordsLine", r::bool).orElse(true));
              f.done();
              if (table.rows().isEmpty()) {
                r.problem(node, path, "a budget table needs at least one row");
              }
              return table;
            });
  }

  private Optional<MoneyUnit> moneyUnit(Node node, String path) {
    return r.text(node, path)
        .flatMap(
            t -> {
              Optional<MoneyUnit> unit = MoneyUnit.parse(t);
              if (unit.isEmpty()) {
                r.problem(
                    node,
                    path,
                    "expected đồng, nghìn đồng (or ngàn đồng) or triệu đồng, found \"" + t + "\"");
              }
              return unit;
            });
  }

  static Map<String, String> budgetHeaders(MoneyUnit unit) {
    return orderedMap(
        "stt", "TT",
        "content", "Nội dung",
        "unit", "Đơn vị tính",
        "quantity", "Số lượng",
        "price", "Đơn giá (" + unit.label() + ")",
        "amount", "Thành tiền (" + unit.label() + ")",
        "note", "Ghi chú");
  }

  private Optional<BudgetRow> budgetRow(Node node, String path, Shown shown) {
    return r.fields(node, path, "a budget line: content with quantity and price, or rows")
        .map(
            f -> {
              Optional<BigDecimal> percent = f.optional("percent", this::percentage);
              List<String> of = f.list("of", true, r::nonBlankText);
              if (percent.isPresent() && !f.has("rows")) {
                refuseWithPercentage(f, "quantity");
                refuseWithPercentage(f, "price");
              }
              if (percent.isPresent() != !of.isEmpty()) {
                r.problem(
                    node,
                    f.path(),
                    "a percentage line needs both \"percent\" and \"of\" (the ids of the lines it"
                        + " is a percentage of)");
              }
              if (f.has("rows") && f.has("quantity") && !shown.keys().contains("quantity")) {
                // an item's quantity makes its amount; a group's is only printed
                f.refuse("quantity", notShown("quantity", shown, List.of()));
              }
              int span = contentSpan(f, shown);
              BudgetRow row =
                  new BudgetRow(
                      f.text("id"),
                      stt(f, shown, r::text),
                      f.requiredText("content", "what the line is for"),
                      shownText(f, "unit", shown),
                      f.optional("quantity", r::nonNegative),
                      f.optional("price", r::nonNegative),
                      f.optional("amount", r::nonNegative),
                      percent.filter(p -> !of.isEmpty()).map(p -> new BudgetRow.Percentage(p, of)),
                      shownText(f, "note", shown),
                      f.list("rows", false, (n, p) -> budgetRow(n, p, shown)),
                      span);
              f.done();
              return row;
            });
  }

  /**
   * A percentage line's rate: a share of other lines (dự phòng, quản lý chung), so from 0 to 100; a
   * figure over 100 is a slip of the keyboard far more often than a cost larger than what it is
   * reckoned on.
   */
  private Optional<BigDecimal> percentage(Node node, String path) {
    Optional<BigDecimal> rate = r.nonNegative(node, path);
    if (rate.isPresent() && rate.get().compareTo(MAX_PERCENT) > 0) {
      r.problem(
          node,
          path,
          "expected a percentage from 0 to 100 (the line is that share of the lines in \"of\"),"
              + " found "
              + NodeReader.describe(node));
      return Optional.empty();
    }
    return rate;
  }

  /**
   * A percentage line's amount is its share of other lines, so a quantity or unit price written
   * there would be printed beside an amount they did not make.
   */
  private static void refuseWithPercentage(Fields f, String key) {
    if (f.has(key)) {
      f.refuse(
          key,
          "a percentage line takes its amount from percent × the lines in \"of\"; "
              + key
              + " would not count, so remove it (or make this a line of quantity × price without"
              + " percent)");
    }
  }

  /**
   * How many columns a budget line's content covers, {@code span}: its own and those to its right
   * (unit, quantity, price), as far as the amount column, which it never covers. A line whose
   * content covers a column may not write that column's field.
   */
  private int contentSpan(Fields f, Shown shown) {
    Optional<Node> node = f.take("span");
    if (node.isEmpty()) {
      return 1;
    }
    String path = f.pathOf("span");
    int wanted = r.positiveInteger(node.get(), path).orElse(1);
    List<String> keys = shown.keys();
    int c = keys.indexOf("content");
    int amount = keys.indexOf("amount");
    int end = c < 0 ? 0 : amount > c ? amount : keys.size();
    int max = Math.max(1, end - c);
    int span = Math.min(wanted, max);
    if (wanted > max) {
      String why =
          c < 0
              ? "the table has no content column"
              : max == 1
                  ? end == keys.size()
                      ? "content is the table's last column"
                      : "the amount column follows content"
                  : "content has "
                      + (max - 1)
                      + (max == 2 ? " column" : " columns")
                      + " to its right before "
                      + (end == amount ? "the amount" : "the table's end")
                      + " ("
                      + String.join(", ", keys.subList(c + 1, end))
                      + ")";
      r.problem(node.get(), path, "expected at most " + max + ": " + why + ", found " + wanted);
    }
    for (String covered : c < 0 ? List.<String>of() : keys.subList(c + 1, c + span)) {
      if (f.has(covered)) {
        f.refuse(
            covered,
            covered
                + " is covered by content (span: "
                + span
                + "), so this would not be printed; leave "
                + covered
                + " out of this line, or make the span smaller");
      }
    }
    return span;
  }

  private Optional<Appendix> appendix(Node node, String path) {
    return r.fields(node, path, "an appendix: id, title and content")
        .map(
            f -> {
              Appendix a =
                  new Appendix(
                      f.requiredText("id", "the name the body uses to refer to it"),
                      f.text("label"),
                      f.requiredText("title", "the appendix's title"),
                      f.text("attached"),
                      f.list("content", true, this::block),
                      f.optional("landscape", r::bool));
              f.done();
              return a;
            });
  }

  private Optional<Recipient> recipient(Node node, String path) {
    if (node instanceof ScalarNode) {
      return r.nonBlankText(node, path).map(t -> new Recipient(t, Optional.empty()));
    }
    return r.fields(node, path, "a recipient: text, or name and note")
        .map(
            f -> {
              Recipient rec =
                  new Recipient(f.requiredText("name", "who receives the plan"), f.text("note"));
              f.done();
              return rec;
            });
  }

  private Optional<Signature> signature(Node node, String path) {
    return r.fields(node, path, "the signer: authority, title and name")
        .map(
            f -> {
              List<String> authority = f.list("authority", true, this::authorityLine);
              Signature s =
                  new Signature(
                      authority,
                      f.requiredText("title", "the signer's title, as \"Phó Chủ tịch\""),
                      f.requiredText("name", "the signer's full name"));
              f.done();
              return s;
            });
  }

  private Optional<String> authorityLine(Node node, String path) {
    return r.nonBlankText(node, path)
        .flatMap(
            line -> {
              String upper = VietnameseText.upper(line);
              for (String prefix : Signature.AUTHORITY_PREFIXES) {
                if (upper.startsWith(prefix)) {
                  String rest = line.substring(prefix.length()).strip();
                  return Optional.of(prefix + " " + rest);
                }
              }
              r.problem(
                  node,
                  path,
                  "an authority line begins with "
                      + String.join(", ", Signature.AUTHORITY_PREFIXES)
                      + " (as \"TM. Ủy ban nhân dân\"), found \""
                      + line
                      + "\"");
              return Optional.empty();
            });
  }

  private Optional<WordStyle> words(Node node, String path) {
    return r.fields(node, path, "the style of amounts in words")
        .map(
            f -> {
              WordStyle d = WordStyle.DEFAULT;
              WordStyle style =
                  new WordStyle(
                      f.optional("thousand", (n, p) -> r.choice(n, p, same("nghìn", "ngàn")))
                          .orElse(d.thousand()),
                      f.optional("zeroTens", (n, p) -> r.choice(n, p, same("linh", "lẻ")))
                          .orElse(d.zeroTens()),
                      f.optional("fourAfterTens", (n, p) -> r.choice(n, p, same("bốn", "tư")))
                          .orElse(d.fourAfterTens()),
                      f.optional("commas", r::bool).orElse(d.commas()),
                      f.optional("ending", (n, p) -> r.choice(n, p, same("đồng", "đồng chẵn")))
                          .orElse(d.ending()));
              f.done();
              return style;
            });
  }

  private static Map<String, String> same(String... words) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String w : words) {
      m.put(w, w);
    }
    return m;
  }

  private static <E extends Enum<E>> Map<String, E> enumNames(E[] values) {
    Map<String, E> m = new LinkedHashMap<>();
    for (E v : values) {
      m.put(v.name().toLowerCase(java.util.Locale.ROOT), v);
    }
    return m;
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
