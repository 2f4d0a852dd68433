package kehoach.wordimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.PlanException;
import kehoach.vi.VietnameseText;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordReader;
import kehoach.word.WordTable;

/**
 * Turns a Word plan into a plan model, the way a clerk would copy it: the header's fields, the
 * trích yếu, căn cứ, the sections by their numbers' levels (numbers left for kehoach to print),
 * tables and budgets, Nơi nhận, the signature and the appendices. What fits no field is kept as a
 * paragraph of the nearest section and reported, never dropped.
 *
 * <p>Entry points: {@link #read(Path)} for a file, {@link #of(WordDocument)} for a document read.
 */
public final class WordImport {
  private static final Pattern TITLE_WORD = Pattern.compile("(?iu)^KẾ\\s*HOẠCH$");
  private static final Pattern APPENDIX =
      Pattern.compile(
          "(?iu)^(PHỤ LỤC|BIỂU CHI TIẾT|BIỂU)(?:\\s+(?:số\\s+)?([IVXL]+|\\d+))?\\s*[.:]?$");
  private static final Pattern ATTACHED = Pattern.compile("(?iu)^\\((?:Ban hành )?kèm theo.*");

  /**
   * An imported plan.
   *
   * @param yaml the model, as YAML
   * @param warnings what was kept as text or guessed, one message each
   */
  public record Imported(String yaml, List<String> warnings) {
    public Imported {
      warnings = List.copyOf(warnings);
    }
  }

  private final Warnings warnings = new Warnings();
  private final List<Block> body;
  private final Optional<String> stamp;

  private WordImport(WordDocument doc) {
    Asides.Placed placed = Asides.place(doc, warnings);
    this.body = placed.body();
    this.stamp = placed.stamp();
  }

  /**
   * Reads {@code docx} and imports it; a file that cannot be read is refused as lint refuses it.
   */
  public static Imported read(Path docx) throws PlanException {
    return of(WordReader.read(docx));
  }

  /** The plan model of a document read. */
  public static Imported of(WordDocument doc) {
    WordImport i = new WordImport(doc);
    Map<String, Object> plan = i.plan();
    return new Imported(YamlText.of(plan), i.warnings.all());
  }

  /**
   * Where the parts of the body are: KẾ HOẠCH, the Nơi nhận and signature table, the first appendix
   * (each -1 when missing), and the end of the sections.
   */
  private record Parts(int title, int closing, int firstAppendix, int end) {}

  private Map<String, Object> plan() {
    Map<String, Object> plan = new LinkedHashMap<>();
    int title =
        indexOf(0, b -> b instanceof WordParagraph p && TITLE_WORD.matcher(p.text()).matches());
    int closing = indexOf(Math.max(0, title), b -> b instanceof WordTable t && Closing.is(t));
    int firstAppendix = indexOf(Math.max(0, closing), WordImport::appendixStart);
    int end = closing >= 0 ? closing : firstAppendix >= 0 ? firstAppendix : body.size();
    Parts parts = new Parts(title, closing, firstAppendix, end);
    List<WordParagraph> unplaced = new ArrayList<>();
    Header.read(body.subList(0, Math.max(0, title)), plan, unplaced, warnings);
    if (stamp.isPresent() && plan.get("document") instanceof Map<?, ?> document) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) document;
      fields.put("draft", new YamlText.Bare("true"));
    }
    int bodyStart = bases(plan, title(plan, parts), end);
    List<Appendix> appendices = appendices(firstAppendix);
    List<Object> sections = sections(parts, bodyStart, unplaced, cite(appendices));
    plan.put("sections", sections);
    List<String> signatureLines = closing(plan, closing);
    keepAtTheEnd(sections, signatureLines);
    if (!appendices.isEmpty()) {
      plan.put("appendices", appendices.stream().map(Appendix::map).toList());
    }
    return plan;
  }

  /** Puts the trích yếu, the lines under KẾ HOẠCH, into {@code plan}; returns the next block. */
  private int title(Map<String, Object> plan, Parts parts) {
    int at = parts.title() < 0 ? 0 : parts.title() + 1;
    List<String> lines = new ArrayList<>();
    while (at < parts.end() && body.get(at) instanceof WordParagraph p && titleLine(p, lines)) {
      if (!p.text().isEmpty()) {
        lines.add(Inlines.plain(p.runs()));
      }
      at++;
    }
    if (lines.isEmpty()) {
      warnings.add("no trích yếu found under KẾ HOẠCH: title left for you to fill in");
      lines.add("…");
    }
    plan.put("title", String.join("\n", lines));
    return at;
  }

  /** Puts the căn cứ, from {@code from} to section I, into {@code plan}; returns section I's. */
  private int bases(Map<String, Object> plan, int from, int end) {
    int sections = indexOf(from, b -> b instanceof WordParagraph p && section(p));
    int bodyStart = sections < 0 || sections > end ? from : sections;
    List<WordParagraph> preamble = new ArrayList<>();
    body.subList(from, bodyStart).forEach(b -> preamble.addAll(b.paragraphs().toList()));
    Bases.of(preamble).ifPresent(b -> plan.put("bases", b));
    return bodyStart;
  }

  /**
   * The sections, with what the header and the space between the signature and the appendices hold
   * that fits no field, kept as text and reported.
   */
  private List<Object> sections(
      Parts parts, int bodyStart, List<WordParagraph> unplaced, UnaryOperator<String> cite) {
    List<Block> blocks = new ArrayList<>();
    unplaced.forEach(p -> warnings.keptAsText(p, "at the start of the first section"));
    blocks.addAll(unplaced);
    blocks.addAll(body.subList(bodyStart, parts.end()));
    if (parts.closing() >= 0) {
      int after = parts.firstAppendix() >= 0 ? parts.firstAppendix() : body.size();
      for (Block b : body.subList(parts.closing() + 1, Math.max(parts.closing() + 1, after))) {
        b.paragraphs()
            .filter(p -> !p.text().isEmpty())
            .forEach(p -> warnings.keptAsText(p, "at the end of the last section"));
        blocks.add(b);
      }
    }
    return Outline.sections(blocks, warnings, cite);
  }

  /**
   * Puts Nơi nhận and the signature into {@code plan}, or placeholders to fill in; returns the
   * signature block's lines that are neither authority, title nor name.
   */
  private List<String> closing(Map<String, Object> plan, int closing) {
    if (closing >= 0) {
      return Closing.read((WordTable) body.get(closing), plan, warnings);
    }
    warnings.add("no Nơi nhận and signature table found: signature and archive left to fill in");
    plan.put("archive", List.of("VT"));
    plan.put("signature", Map.of("title", "…", "name", "…"));
    return List.of();
  }

  /**
   * Keeps {@code lines} as paragraphs at the end of the last section, aligned right as they stood
   * in the signature block, each a ghi chú ({@code note: true}) so that the plan's end mark "./."
   * stays on the body's last sentence: the model's signature has only authority, title and name,
   * and the body's end is the nearest place that prints (see docs/review.md, import).
   */
  @SuppressWarnings("unchecked")
  private static void keepAtTheEnd(List<Object> sections, List<String> lines) {
    if (lines.isEmpty() || sections.isEmpty()) {
      return;
    }
    Map<String, Object> last = (Map<String, Object>) sections.get(sections.size() - 1);
    List<Object> content = new ArrayList<>();
    if (last.get("content") instanceof List<?> l) {
      content.addAll(l);
    }
    for (String line : lines) {
      Map<String, Object> kept = new LinkedHashMap<>();
      kept.put("text", line);
      kept.put("align", "right");
      // a ghi chú, not a sentence of the body: "./." stays on the text before it
      kept.put("note", new YamlText.Bare("true"));
      content.add(kept);
    }
    last.put("content", content);
  }

  /** A line of the trích yếu: centred (or bold) text under KẾ HOẠCH, before anything else. */
  private static boolean titleLine(WordParagraph p, List<String> sofar) {
    if (p.text().isEmpty()) {
      return sofar.isEmpty();
    }
    if (p.text().matches("[-_.…\\s]+")) {
      return true;
    }
    return (p.align().equals("center") || sofar.isEmpty())
        && Labels.of(p.listLabel(), p.text()).isEmpty();
  }

  private static boolean section(WordParagraph p) {
    return Labels.of(p.listLabel(), p.text())
        .filter(l -> l.kind() == kehoach.model.Block.Numbering.ROMAN)
        .isPresent();
  }

  private static boolean appendixStart(Block b) {
    return b instanceof WordParagraph p
        && p.table() == null
        && APPENDIX.matcher(p.text()).matches();
  }

  private int indexOf(int from, java.util.function.Predicate<Block> test) {
    for (int i = from; i < body.size(); i++) {
      if (test.test(body.get(i))) {
        return i;
      }
    }
    return -1;
  }

  // ---- appendices ----

  /**
   * An appendix read.
   *
   * @param label the word it is named by as the body cites it, "Phụ lục" or "Biểu chi tiết"
   * @param number its number as printed after the word ("I"), or ""
   * @param id how the model cites it
   * @param map its fields
   */
  private record Appendix(String label, String number, String id, Map<String, Object> map) {}

  private List<Appendix> appendices(int first) {
    List<Appendix> out = new ArrayList<>();
    if (first < 0) {
      return out;
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = first; i < body.size(); i++) {
      if (appendixStart(body.get(i))) {
        starts.add(i);
      }
    }
    starts.add(body.size());
    for (int k = 0; k + 1 < starts.size(); k++) {
      out.add(appendix(k, body.subList(starts.get(k), starts.get(k + 1))));
    }
    return out;
  }

  private Appendix appendix(int k, List<Block> blocks) {
    WordParagraph head = (WordParagraph) blocks.get(0);
    Matcher m = APPENDIX.matcher(head.text());
    m.matches();
    String number = m.group(2) == null ? "" : m.group(2);
    String id = "pl" + (k + 1);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", id);
    String label = VietnameseText.capitalizeFirst(m.group(1).toLowerCase(VietnameseText.VI));
    if (!label.equals("Phụ lục")) {
      map.put("label", label);
    }
    int at = 1;
    List<String> title = new ArrayList<>();
    List<String> attached = new ArrayList<>();
    while (at < blocks.size() && blocks.get(at) instanceof WordParagraph p && attached.isEmpty()) {
      if (ATTACHED.matcher(p.text()).matches()) {
        attached.add(p.text());
        while (!attached.get(attached.size() - 1).endsWith(")")
            && at + 1 < blocks.size()
            && blocks.get(at + 1) instanceof WordParagraph next
            && !next.text().isEmpty()) {
          attached.add(next.text());
          at++;
        }
      } else if (!p.text().isEmpty()) {
        if (Labels.of(p.listLabel(), p.text()).isPresent() || !p.align().equals("center")) {
          break;
        }
        title.add(Inlines.plain(p.runs()));
      } else if (!title.isEmpty()) {
        break;
      }
      at++;
    }
    if (title.isEmpty()) {
      warnings.add("appendix " + (k + 1) + " has no title: left for you to fill in");
      title.add("…");
    }
    map.put("title", String.join("\n", title));
    if (!attached.isEmpty()) {
      String words = String.join("\n", attached);
      map.put(
          "attached", words.substring(1, words.length() - (words.endsWith(")") ? 1 : 0)).strip());
    }
    List<Object> content = Outline.content(blocks.subList(at, blocks.size()), warnings);
    map.put(
        "content", content.isEmpty() ? List.of(Map.of("text", "…", "align", "center")) : content);
    return new Appendix(label, number.toUpperCase(Locale.ROOT), id, map);
  }

  /**
   * The body's mentions of an appendix, "Phụ lục I" (or "Phụ lục" when there is one), as the
   * citation kehoach prints and checks, {@code ${appendix:pl1}}.
   */
  private static UnaryOperator<String> cite(List<Appendix> appendices) {
    if (appendices.isEmpty()) {
      return UnaryOperator.identity();
    }
    String labels =
        String.join(
            "|", appendices.stream().map(a -> Pattern.quote(a.label())).distinct().toList());
    Pattern cited =
        Pattern.compile("(" + labels + ")(?:\\s+(?:số\\s+)?([IVXL]+|\\d+))?(?![\\p{L}\\d])");
    return text -> {
      Matcher m = cited.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String label = m.group(1);
        String n = m.group(2);
        List<Appendix> named = appendices.stream().filter(a -> a.label().equals(label)).toList();
        String id =
            named.stream()
                .filter(a -> n == null ? named.size() == 1 : a.number().equals(n))
                .map(Appendix::id)
                .findFirst()
                .orElse(null);
        String put = id == null ? m.group() : "${appendix:" + id + "}";
        m.appendReplacement(out, Matcher.quoteReplacement(put));
      }
      m.appendTail(out);
      return out.toString();
    };
  }
}
