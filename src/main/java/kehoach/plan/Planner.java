package kehoach.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.budget.BudgetCalculator;
import kehoach.budget.ComputedBudget;
import kehoach.model.Appendix;
import kehoach.model.Block;
import kehoach.model.Block.Numbering;
import kehoach.model.DocumentInfo;
import kehoach.model.Issuer;
import kehoach.model.LegalBases;
import kehoach.model.LegalBasis;
import kehoach.model.Plan;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.model.Recipient;
import kehoach.model.SourceMap;
import kehoach.vi.PointLetters;
import kehoach.vi.RomanNumerals;
import kehoach.vi.VietnameseDate;
import kehoach.vi.VietnameseNumbers;
import kehoach.vi.VietnameseText;

/** Computes a loaded plan: the one place where numbering, totals and printed forms are decided. */
public final class Planner {
  /** The decree's numbering by heading level: I., 1., a), -, +. */
  private static final List<Numbering> HEADING_NUMBERING =
      List.of(Numbering.ROMAN, Numbering.ARABIC, Numbering.LETTER, Numbering.DASH, Numbering.PLUS);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern PLACEHOLDER_BODY =
      Pattern.compile("\\s*(appendix|section|total|words)\\s*(?::\\s*([^=\\s]+))?\\s*(?:=(.*))?");

  /** A line break written in text, with the spaces around it: the break is kept, they are not. */
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R[ \\t]*");

  /** The marks that end a căn cứ as its author wrote it, kept in place of kehoach's own. */
  private static final String ENDINGS = ".;:,";

  private final Plan plan;
  private final SourceMap sources;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, ComputedBudget> budgets = new LinkedHashMap<>();
  private final Map<String, String> appendixNames = new LinkedHashMap<>();
  private final Set<String> citedAppendices = new HashSet<>();

  /**
   * How an appendix's bracketed line may cite the plan: ${reference}, ${number}, ${date},
   * ${date:short}, ${issuer}; filled in with the header.
   */
  private final Map<String, String> planCitation = new LinkedHashMap<>();

  /** Budgets with problems of their own: text that cites them gets no second message. */
  private final Set<String> failedBudgets = new HashSet<>();

  /**
   * Whether the plan is issued electronically: its number and date are then left for the văn thư's
   * signing tool (see {@link #electronicIssue}).
   */
  private final boolean electronic;

  private Planner(Plan plan, SourceMap sources) {
    this(plan, sources, false);
  }

  private Planner(Plan plan, SourceMap sources, boolean electronic) {
    this.plan = plan;
    this.sources = sources;
    this.electronic = electronic;
  }

  /**
   * Computes {@code plan}, whose fields were written where {@code sources} says.
   *
   * @throws PlanException listing every problem: wrong figures, unknown references, …
   */
  public static ComputedPlan compute(Plan plan, SourceMap sources) throws PlanException {
    return new Planner(plan, sources).compute();
  }

  /**
   * {@code computed} as issued electronically (NĐ 30 Điều 13 and 15.3, Phụ lục I mục II.7–II.8):
   * the number (số) and the date are stamped by the văn thư's signing tool at issue, so they are
   * left blank whatever the model says ({@link VietnameseDate#BLANK} for the number, the day and
   * the month, "20…" for the year), and so are they where the appendices cite the plan ("Kèm theo
   * Kế hoạch số …"); no "DỰ THẢO", since what is signed is the issued document. Applying it twice
   * changes nothing.
   */
  public static ComputedPlan electronicIssue(ComputedPlan computed) {
    Plan model = computed.model();
    // the model was computed once already, so its placeholders are known: no problem to place
    Planner planner = new Planner(model, new SourceMap("", Map.of()), true);
    Header header = planner.header();
    List<ComputedAppendix> appendices = new ArrayList<>();
    for (int i = 0; i < computed.appendices().size(); i++) {
      ComputedAppendix a = computed.appendices().get(i);
      Text attached = planner.attached(model.appendices().get(i), "appendices[" + i + "]");
      appendices.add(
          new ComputedAppendix(a.id(), a.name(), a.title(), attached, a.parts(), a.landscape()));
    }
    return new ComputedPlan(
        model,
        header,
        computed.bases(),
        computed.body(),
        computed.closing(),
        computed.recipients(),
        computed.signature(),
        computed.signer(),
        appendices,
        computed.budgets());
  }

  /**
   * What {@code plan} states that an electronic issue does not print, one note per field: the
   * number and the date, which the văn thư's signing tool stamps at issue (NĐ 30 Điều 15.3).
   */
  public static List<String> notPrintedInElectronicIssue(Plan plan) {
    List<String> notes = new ArrayList<>();
    String why = " is not printed in electronic issue; the văn thư's signing tool stamps it";
    plan.document().number().ifPresent(n -> notes.add("document.number " + n + why));
    plan.document().date().ifPresent(d -> notes.add("document.date " + d + why));
    return List.copyOf(notes);
  }

  private ComputedPlan compute() throws PlanException {
    nameAppendices();
    computeBudgets();
    Header header = header();
    List<Text> bases = bases(plan.bases());
    List<Part> body = new ArrayList<>();
    List<Block.Heading> sections = plan.sections();
    for (int i = 0; i < sections.size(); i++) {
      body.add(heading(sections.get(i), "sections[" + i + "]", 1, i + 1, Numbering.ROMAN, ""));
    }
    if (sections.isEmpty()) {
      problems.add(sources.problem("sections", "a plan needs at least one section (mục I)"));
    }
    List<Text> closing = new ArrayList<>();
    for (int i = 0; i < plan.closing().size(); i++) {
      closing.add(text(plan.closing().get(i), "closing[" + i + "]"));
    }
    if (closing.isEmpty()) {
      body = endWithFullStop(body);
    } else {
      closing.set(closing.size() - 1, withFullStop(closing.get(closing.size() - 1)));
    }
    List<ComputedAppendix> appendices = appendices(header);
    List<Text> recipients = recipients();
    checkEveryAppendixCited();
    if (plan.archive().isEmpty()) {
      problems.add(
          sources.problem(
              "archive",
              "missing field \"archive\": expected where copies are kept, as [VT, KT] (NĐ 30: the"
                  + " last line of Nơi nhận is \"- Lưu: VT, …\")"));
    }
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
    return new ComputedPlan(
        plan,
        header,
        bases,
        body,
        closing,
        recipients,
        signatureLines(),
        plan.signature().name(),
        appendices,
        budgets);
  }

  // ---- appendices and budgets -------------------------------------------------------------

  private void nameAppendices() {
    Map<String, Integer> perLabel = new LinkedHashMap<>();
    plan.appendices().forEach(a -> perLabel.merge(a.labelOrDefault(), 1, Integer::sum));
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < plan.appendices().size(); i++) {
      Appendix a = plan.appendices().get(i);
      String label = a.labelOrDefault();
      int n = seen.merge(label, 1, Integer::sum);
      String name = perLabel.get(label) > 1 ? label + " " + RomanNumerals.of(n) : label;
      if (appendixNames.putIfAbsent(a.id(), name) != null) {
        problems.add(
            sources.problem(
                "appendices[" + i + "].id",
                "the id \"" + a.id() + "\" is used by another appendix"));
      }
    }
  }

  private void computeBudgets() {
    BiConsumer<Block, String> compute =
        (block, path) -> {
          if (block instanceof Block.BudgetTable table) {
            String at = path + ".budget";
            try {
              ComputedBudget b = BudgetCalculator.compute(table, at, sources, plan.words());
              if (budgets.putIfAbsent(table.id(), b) != null) {
                problems.add(
                    sources.problem(
                        at + ".id",
                        "the id \""
                            + table.id()
                            + "\" is used by another budget table; give each an id of its own"));
              }
            } catch (PlanException e) {
              problems.addAll(e.problems());
              failedBudgets.add(table.id());
            }
          }
        };
    for (int i = 0; i < plan.sections().size(); i++) {
      walk(plan.sections().get(i).content(), "sections[" + i + "].content", compute);
    }
    for (int i = 0; i < plan.appendices().size(); i++) {
      walk(plan.appendices().get(i).content(), "appendices[" + i + "].content", compute);
    }
  }

  private static void walk(List<Block> blocks, String path, BiConsumer<Block, String> visitor) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String p = path + "[" + i + "]";
      visitor.accept(b, p);
      if (b instanceof Block.Heading h) {
        walk(h.content(), p + ".content", visitor);
      }
    }
  }

  /**
   * The path of the appendix {@code id} with a trailing dot, so that "appendices[1]." does not
   * match "appendices[10]": text inside an appendix that names the appendix itself does not cite
   * it, since whoever reads that text has found the appendix already.
   */
  private String appendixPath(String id) {
    for (int i = 0; i < plan.appendices().size(); i++) {
      if (plan.appendices().get(i).id().equals(id)) {
        return "appendices[" + i + "].";
      }
    }
    return "appendices[?].";
  }

  private void checkEveryAppendixCited() {
    for (int i = 0; i < plan.appendices().size(); i++) {
      String id = plan.appendices().get(i).id();
      if (!citedAppendices.contains(id)) {
        problems.add(
            sources.problem(
                "appendices[" + i + "]",
                "the body never refers to appendix \""
                    + id
                    + "\"; NĐ 30 requires it to: write ${appendix:"
                    + id
                    + "} where the text mentions it (outside the appendix itself)"));
      }
    }
  }

  private List<ComputedAppendix> appendices(Header header) {
    List<ComputedAppendix> out = new ArrayList<>();
    for (int i = 0; i < plan.appendices().size(); i++) {
      Appendix a = plan.appendices().get(i);
      String path = "appendices[" + i + "]";
      List<Part> parts = parts(a.content(), path + ".content", 1, Optional.empty(), "");
      out.add(
          new ComputedAppendix(
              a.id(),
              appendixNames.get(a.id()),
              VietnameseText.upper(a.title()),
              attached(a, path),
              parts,
              a.landscape().orElse(widestTable(parts) > LANDSCAPE_ABOVE_COLUMNS)));
    }
    return out;
  }

  /**
   * The bracketed line under an appendix's title: its words ("Kèm theo ${reference}" unless the
   * model gives others) with the plan's number, date and issuer filled in, in brackets unless the
   * words bring their own.
   */
  private Text attached(Appendix a, String path) {
    Matcher m = PLACEHOLDER.matcher(a.attachedOrDefault());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = planCitation.get(m.group(1).replaceAll("\\s+", ""));
      if (value == null) {
        problems.add(
            sources.problem(
                path + ".attached",
                "unknown placeholder ${"
                    + m.group(1)
                    + "} in the line under the appendix's title; expected "
                    + String.join(
                        ", ", planCitation.keySet().stream().map(k -> "${" + k + "}").toList())));
        value = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String words = out.toString().strip();
    return marks(words.startsWith("(") && words.endsWith(")") ? words : "(" + words + ")");
  }

  /** Tables wider than this go on landscape pages, unless the appendix says otherwise. */
  private static final int LANDSCAPE_ABOVE_COLUMNS = 6;

  private static int widestTable(List<Part> parts) {
    int widest = 0;
    for (Part p : parts) {
      if (p instanceof Part.Table t) {
        widest = Math.max(widest, t.grid().columns().size());
      } else if (p instanceof Part.Heading h) {
        widest = Math.max(widest, widestTable(h.parts()));
      }
    }
    return widest;
  }

  // ---- header, bases, signature -----------------------------------------------------------

  private Header header() {
    Issuer issuer = plan.issuer();
    DocumentInfo doc = plan.document();
    String symbol = doc.type() + "-" + issuer.code();
    boolean draft = doc.draft() && !electronic;
    boolean blank = doc.draft() || electronic;
    String number =
        doc.number()
            .filter(n -> !blank)
            .map(n -> n < 10 ? "0" + n : Integer.toString(n))
            .orElse(VietnameseDate.BLANK);
    Optional<VietnameseDate> date =
        doc.date().map(d -> draft ? new VietnameseDate(d.year(), d.month(), Optional.empty()) : d);
    if (electronic) {
      date = Optional.empty();
    }
    String longDate =
        electronic
            ? VietnameseDate.stampedAtIssue()
            : date.map(VietnameseDate::longForm)
                .orElse(
                    "ngày "
                        + VietnameseDate.BLANK
                        + " tháng "
                        + VietnameseDate.BLANK
                        + " năm "
                        + VietnameseDate.BLANK);
    String documentName = documentName(doc.type());
    String cited = issuer.appendixName().orElse(issuer.name());
    String reference =
        documentName + " số " + number + "/" + symbol + " " + longDate + " của " + cited;
    planCitation.put("reference", reference);
    planCitation.put("number", number + "/" + symbol);
    planCitation.put("date", longDate);
    planCitation.put(
        "date:short",
        electronic
            ? VietnameseDate.stampedAtIssueShort()
            : date.map(VietnameseDate::slashForm)
                .orElse(
                    VietnameseDate.BLANK
                        + "/"
                        + VietnameseDate.BLANK
                        + "/"
                        + VietnameseDate.BLANK));
    planCitation.put("issuer", cited);
    return new Header(
        issuer.parent().map(VietnameseText::upper),
        agencyLines(issuer),
        "Số: " + number + "/" + symbol,
        doc.place() + ", " + longDate,
        VietnameseText.upper(documentName),
        List.of(plan.title().split("\\s*\\n\\s*")),
        draft,
        reference,
        doc.date().map(VietnameseDate::toString).orElse(""),
        electronic);
  }

  private static String documentName(String type) {
    return switch (type) {
      case "KH" -> "Kế hoạch";
      case "QĐ" -> "Quyết định";
      case "CT" -> "Chỉ thị";
      case "TB" -> "Thông báo";
      default -> "Văn bản";
    };
  }

  /** "Ủy ban nhân dân tỉnh X" prints on two lines, "ỦY BAN NHÂN DÂN" / "TỈNH X", as NĐ 30 shows. */
  private static List<String> agencyLines(Issuer issuer) {
    if (!issuer.header().isEmpty()) {
      return issuer.header().stream().map(VietnameseText::upper).toList();
    }
    String upper = VietnameseText.upper(issuer.name());
    String council = "ỦY BAN NHÂN DÂN ";
    if (upper.startsWith(council)) {
      return List.of(council.strip(), upper.substring(council.length()));
    }
    return List.of(upper);
  }

  private List<Text> bases(LegalBases bases) {
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < bases.items().size(); i++) {
      bodies.add(basisBody(bases.items().get(i)));
    }
    List<Text> out = new ArrayList<>();
    Optional<Text> closing = bases.closing().map(c -> text(c, "bases.closing"));
    if (bases.layout() == LegalBases.Layout.INLINE) {
      if (bodies.isEmpty()) {
        closing.ifPresent(out::add);
        return out;
      }
      StringBuilder line = new StringBuilder();
      String previousVerb = null;
      for (int i = 0; i < bodies.size(); i++) {
        String verb = bases.items().get(i).verb();
        if (i > 0) {
          line.append(after(bodies.get(i - 1), bases.joiner()));
        }
        line.append(verb.equals(previousVerb) || verb.isEmpty() ? "" : verb + " ");
        line.append(bodies.get(i).strip());
        previousVerb = verb;
      }
      String last = bodies.get(bodies.size() - 1);
      line.append(closing.isPresent() ? after(last, bases.separator()) : after(last, "."));
      Text first = text(line.toString(), "bases");
      out.add(closing.map(first::append).orElse(first));
      return out;
    }
    for (int i = 0; i < bodies.size(); i++) {
      String verb = bases.items().get(i).verb();
      boolean last = i == bodies.size() - 1 && closing.isEmpty();
      String body = bodies.get(i).strip();
      String line = (verb.isEmpty() ? "" : verb + " ") + body + after(body, last ? "." : ";");
      out.add(text(line, "bases.items[" + i + "]"));
    }
    closing.ifPresent(out::add);
    return out;
  }

  /** "Quyết định số 36/QĐ-TTg ngày 11/01/2021 của Thủ tướng Chính phủ ban hành …". */
  private static String basisBody(LegalBasis basis) {
    if (basis.text().isPresent()) {
      return basis.text().get();
    }
    var ref = basis.reference().orElseThrow();
    StringBuilder s = new StringBuilder(ref.type());
    ref.number().ifPresent(n -> s.append(" số ").append(n));
    ref.date().ifPresent(d -> s.append(" ngày ").append(d.shortForm()));
    ref.issuer().ifPresent(i -> s.append(" của ").append(i));
    ref.subject().ifPresent(sub -> s.append(' ').append(sub));
    return s.toString();
  }

  /**
   * What follows a căn cứ: {@code mark} (";", ". ", " và "), less its own punctuation when the
   * author ended the căn cứ with a mark of theirs (NĐ 30 §4 gives ";" and "."; an author's ":" or
   * "," before a list, or "." closing a sentence, is kept as written).
   */
  private static String after(String basis, String mark) {
    String end = basis.strip().replaceAll("\\*+$", "");
    boolean ended = !end.isEmpty() && ENDINGS.indexOf(end.charAt(end.length() - 1)) >= 0;
    return ended ? mark.replaceFirst("^[" + ENDINGS + "]+", "") : mark;
  }

  /** The text without the punctuation it ends with, inside any closing bold or italic mark. */
  private static String stripEnd(String text) {
    return text.replaceAll("[;.,:\\s]+(\\**)\\s*$", "$1");
  }

  /** The Nơi nhận lines, each "- name (note);" with its marks, then "- Lưu: VT, ….". */
  private List<Text> recipients() {
    List<Text> lines = new ArrayList<>();
    for (int i = 0; i < plan.recipients().size(); i++) {
      Recipient r = plan.recipients().get(i);
      String line = stripEnd(r.name()) + r.note().map(n -> " (" + n + ")").orElse("");
      lines.add(text("- " + line + ";", "recipients[" + i + "]"));
    }
    if (!plan.archive().isEmpty()) {
      lines.add(Text.plain("- Lưu: " + stripEnd(String.join(", ", plan.archive())) + "."));
    }
    return lines;
  }

  private List<String> signatureLines() {
    List<String> lines = new ArrayList<>();
    plan.signature().authority().forEach(a -> lines.add(VietnameseText.upper(a)));
    lines.add(VietnameseText.upper(plan.signature().title()));
    return lines;
  }

  // ---- body --------------------------------------------------------------------------------

  private Part.Heading heading(
      Block.Heading h, String path, int level, int n, Numbering numbering, String parentNumber) {
    String bare = numbering.label(n, parentBare(parentNumber));
    String label =
        switch (numbering) {
          case ROMAN, ARABIC, DECIMAL -> bare + ".";
          case LETTER -> bare + ")";
          default -> bare;
        };
    String number =
        parentNumber.isEmpty()
            ? bare
            : parentNumber
                + "."
                + (numbering.counts() && numbering != Numbering.DECIMAL ? bare : n);
    Text title =
        h.title()
            .map(t -> text(level == 1 ? VietnameseText.upper(t) : t, path + ".title"))
            .orElse(Text.EMPTY);
    Text text = h.text().map(t -> text(t, path + ".text")).orElse(Text.EMPTY);
    List<Part> parts = parts(h.content(), path + ".content", level + 1, h.numbering(), number);
    return new Part.Heading(level, number, label, title, text, parts);
  }

  /** The bare label a DECIMAL child builds on: "2" from number "I.2". */
  private static String parentBare(String parentNumber) {
    int cut = parentNumber.indexOf('.');
    return cut < 0 ? parentNumber : parentNumber.substring(cut + 1);
  }

  private List<Part> parts(
      List<Block> blocks, String path, int level, Optional<Numbering> numbering, String number) {
    Numbering childNumbering =
        numbering.orElse(
            level - 1 < HEADING_NUMBERING.size()
                ? HEADING_NUMBERING.get(level - 1)
                : Numbering.PLUS);
    List<Part> out = new ArrayList<>();
    int headings = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String p = path + "[" + i + "]";
      if (b instanceof Block.Paragraph para) {
        out.add(
            new Part.Paragraph(
                text(para.text(), p),
                para.align().map(a -> a.name().toLowerCase(Locale.ROOT)),
                para.indent(),
                para.note()));
      } else if (b instanceof Block.Heading h) {
        headings++;
        if (childNumbering == Numbering.LETTER && headings > PointLetters.SEQUENCE.size()) {
          problems.add(
              sources.problem(
                  p,
                  "more than "
                      + PointLetters.SEQUENCE.size()
                      + " điểm under one khoản (a to y); split it into khoản"));
          continue;
        }
        out.add(heading(h, p, level, headings, childNumbering, number));
      } else if (b instanceof Block.BulletList list) {
        out.add(new Part.Bullets(bullets(list.items(), p + ".bullets", 0)));
      } else if (b instanceof Block.DataTable table) {
        out.add(
            new Part.Table(
                Grids.data(table, p + ".table", (cell, at) -> text(cell, p + ".table" + at))));
      } else if (b instanceof Block.BudgetTable table && budgets.containsKey(table.id())) {
        out.add(new Part.Table(Grids.budget(table, budgets.get(table.id()), plan.words())));
      }
    }
    return out;
  }

  private List<Part.Bullet> bullets(List<Block.Bullet> items, String path, int depth) {
    List<Part.Bullet> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Block.Bullet b = items.get(i);
      String p = path + "[" + i + "]";
      out.add(
          new Part.Bullet(
              depth == 0 ? "-" : "+",
              text(b.text(), p),
              bullets(b.items(), p + ".bullets", depth + 1)));
    }
    return out;
  }

  // ---- text --------------------------------------------------------------------------------

  /** Fills in placeholders, then reads the inline marks. */
  Text text(String source, String path) {
    if (!source.contains("${")) {
      return marks(source);
    }
    Matcher m = PLACEHOLDER.matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(placeholder(m.group(1), path)));
    }
    m.appendTail(out);
    return marks(out.toString());
  }

  /**
   * Reads the inline marks. A line break the author wrote (a YAML {@code |} block, {@code "\n"})
   * stays a line break: a "\n" in the runs, which templates print as {@code <br/>}.
   */
  private static Text marks(String text) {
    return InlineMarks.parse(hasLineBreak(text) ? LINE_BREAK.matcher(text).replaceAll("\n") : text);
  }

  /** Whether {@code text} has a character {@code \R} matches; most texts have none. */
  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private String placeholder(String body, String path) {
    Matcher m = PLACEHOLDER_BODY.matcher(body);
    if (!m.matches()) {
      problems.add(
          sources.problem(
              path,
              "unknown placeholder ${"
                  + body
                  + "}; expected ${appendix:ID}, ${section:ROLE}, ${total}, ${total:ID} or"
                  + " ${words}"));
      return "${" + body + "}";
    }
    String kind = m.group(1);
    Optional<String> id = Optional.ofNullable(m.group(2));
    if (kind.equals("section")) {
      return sectionNumber(id.orElse(""), body, path);
    }
    if (kind.equals("appendix")) {
      String name = id.map(appendixNames::get).orElse(null);
      if (name == null) {
        problems.add(
            sources.problem(
                path,
                "${appendix:"
                    + id.orElse("")
                    + "} names no appendix; the appendices are "
                    + appendixNames.keySet()));
        return "Phụ lục";
      }
      if (!path.startsWith(appendixPath(id.get()))) {
        citedAppendices.add(id.get());
      }
      return name;
    }
    Optional<ComputedBudget> budget = budgetFor(id, body, path);
    if (budget.isEmpty()) {
      return "…";
    }
    ComputedBudget b = budget.get();
    String value =
        kind.equals("total")
            ? VietnameseNumbers.format(new BigDecimal(b.totalInDong()))
            : b.words();
    Optional.ofNullable(m.group(3))
        .map(String::strip)
        .ifPresent(stated -> checkStated(stated, kind, b, value, path));
    return value;
  }

  private void checkStated(
      String stated, String kind, ComputedBudget b, String value, String path) {
    boolean same =
        kind.equals("total")
            ? VietnameseNumbers.parse(stated)
                .map(s -> s.compareTo(new BigDecimal(b.totalInDong())) == 0)
                .orElse(false)
            : stated.equalsIgnoreCase(value);
    if (!same) {
      problems.add(
          sources.problem(
              path,
              "the text states the "
                  + (kind.equals("total") ? "total " : "total in words \"")
                  + stated
                  + (kind.equals("total") ? " đồng" : "\"")
                  + " but budget \""
                  + b.id()
                  + "\" adds up to "
                  + (kind.equals("total") ? value + " đồng" : "\"" + value + "\"")));
    }
  }

  /** "III" for ${section:organisation}: the Roman number of the section with that role. */
  private String sectionNumber(String role, String body, String path) {
    for (int i = 0; i < plan.sections().size(); i++) {
      Optional<Block.Role> r = plan.sections().get(i).role();
      if (r.isPresent() && r.get().name().equalsIgnoreCase(role)) {
        return RomanNumerals.of(i + 1);
      }
    }
    problems.add(
        sources.problem(
            path,
            "${"
                + body
                + "} names no section: give the section \"role: "
                + role.toLowerCase(java.util.Locale.ROOT)
                + "\", or use one of objectives, tasks, budget, organisation, reporting"));
    return "?";
  }

  private Optional<ComputedBudget> budgetFor(Optional<String> id, String body, String path) {
    if (id.map(failedBudgets::contains).orElse(budgets.isEmpty() && failedBudgets.size() == 1)) {
      return Optional.empty();
    }
    if (id.isPresent()) {
      ComputedBudget b = budgets.get(id.get());
      if (b == null) {
        problems.add(
            sources.problem(
                path,
                "${"
                    + body
                    + "} names no budget table; the budget tables are "
                    + budgets.keySet()));
      }
      return Optional.ofNullable(b);
    }
    if (budgets.size() == 1) {
      return Optional.of(budgets.values().iterator().next());
    }
    problems.add(
        sources.problem(
            path,
            budgets.isEmpty()
                ? "${" + body + "} needs a budget table, and the plan has none"
                : "${"
                    + body
                    + "} is ambiguous: say which budget, as ${"
                    + body.strip()
                    + ":ID}; the"
                    + " budget tables are "
                    + budgets.keySet()));
    return Optional.empty();
  }

  /** Ends the text with "./.", the decree's end mark, replacing a full stop already there. */
  private static Text withFullStop(Text text) {
    List<Text.Run> runs = new ArrayList<>(text.runs());
    if (runs.isEmpty()) {
      return text;
    }
    Text.Run last = runs.remove(runs.size() - 1);
    String body = last.text().replaceAll("\\s*(\\./\\.|\\.)?\\s*$", "");
    runs.add(new Text.Run(body + "./.", last.bold(), last.italic()));
    return new Text(runs);
  }

  /**
   * Puts "./." on the last paragraph, bullet or heading text of the body: not on a ghi chú after
   * the text ({@link Part.Paragraph#note}), which is no sentence of it.
   */
  private static List<Part> endWithFullStop(List<Part> parts) {
    return endLast(parts).orElse(parts);
  }

  /**
   * {@code parts} with "./." on the last one that has text, or empty when none has. A paragraph
   * that already ends with "./." is still the one that ends the body: the heading above it must not
   * take another.
   */
  private static Optional<List<Part>> endLast(List<Part> parts) {
    List<Part> out = new ArrayList<>(parts);
    for (int i = out.size() - 1; i >= 0; i--) {
      Optional<Part> ended = endWithFullStop(out.get(i));
      if (ended.isPresent()) {
        out.set(i, ended.get());
        return Optional.of(out);
      }
    }
    return Optional.empty();
  }

  private static Optional<Part> endWithFullStop(Part part) {
    if (part instanceof Part.Paragraph p && p.note()) {
      return Optional.empty();
    }
    if (part instanceof Part.Paragraph p) {
      return Optional.of(p.withText(withFullStop(p.text())));
    }
    if (part instanceof Part.Bullets b) {
      return Optional.of(new Part.Bullets(endBullets(b.items())));
    }
    if (part instanceof Part.Heading h) {
      Optional<List<Part>> inner = endLast(h.parts());
      if (inner.isPresent()) {
        return Optional.of(
            new Part.Heading(h.level(), h.number(), h.label(), h.title(), h.text(), inner.get()));
      }
      return Optional.of(
          h.text().isEmpty()
              ? new Part.Heading(
                  h.level(), h.number(), h.label(), withFullStop(h.title()), h.text(), h.parts())
              : new Part.Heading(
                  h.level(), h.number(), h.label(), h.title(), withFullStop(h.text()), h.parts()));
    }
    return Optional.empty();
  }

  private static List<Part.Bullet> endBullets(List<Part.Bullet> items) {
    List<Part.Bullet> out = new ArrayList<>(items);
    Part.Bullet last = out.remove(out.size() - 1);
    out.add(
        last.items().isEmpty()
            ? new Part.Bullet(last.marker(), withFullStop(last.text()), last.items())
            : new Part.Bullet(last.marker(), last.text(), endBullets(last.items())));
    return out;
  }
}
