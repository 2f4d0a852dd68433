package kehoach.wordimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.Block.Numbering;
import kehoach.word.Block;
import kehoach.word.WordParagraph;
import kehoach.word.WordRun;
import kehoach.word.WordTable;

/**
 * The body's paragraphs and tables as the model's parts: each numbered paragraph starts a part at
 * the level its kind of number has in this document (the first kind met under a part numbers its
 * children, as "I.", "1.", "a)" usually do), its number left out for kehoach to print; "-" and "+"
 * paragraphs are bullets; other paragraphs and tables go into the part they follow.
 */
final class Outline {
  private static final Pattern UNIT_LINE =
      Pattern.compile("(?iu)^\\(?\\s*(?:đơn vị tính|đvt)\\s*:\\s*([^)]+?)\\s*\\)?\\.?$");
  private static final Pattern WORDS_LINE = Pattern.compile("(?iu)^\\(?\\s*bằng chữ\\s*:.*");

  /** A part being filled: a section, khoản or điểm, or the root holding the top-level parts. */
  private static final class Part {
    final Map<String, Object> map;
    final List<Object> content = new ArrayList<>();
    Numbering children;

    Part(Map<String, Object> map, Numbering children) {
      this.map = map;
      this.children = children;
    }
  }

  private final Warnings warnings;
  private final UnaryOperator<String> cite;
  private final boolean body;
  private final Part root;
  private final List<Part> open = new ArrayList<>();
  private final List<Object> before = new ArrayList<>();
  private List<Object> bullets;

  private Outline(Warnings warnings, UnaryOperator<String> cite, boolean body) {
    this.warnings = warnings;
    this.cite = cite;
    this.body = body;
    this.root = new Part(null, body ? Numbering.ROMAN : null);
    open.add(root);
  }

  /**
   * The sections (mục) of a plan's body: the parts numbered I, II; what comes before the first is
   * kept in it, with a warning.
   */
  static List<Object> sections(List<Block> blocks, Warnings warnings, UnaryOperator<String> cite) {
    Outline o = new Outline(warnings, cite, true);
    o.read(blocks);
    if (o.root.content.isEmpty() && !o.before.isEmpty()) {
      warnings.add("no section numbered I.: the body is kept as one section");
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("title", "Nội dung");
      section.put("content", o.before);
      return List.of(section);
    }
    withoutEndMark(o.root.content);
    return o.root.content;
  }

  /**
   * Takes "./." off the body's last text: kehoach ends the body with it, as NĐ 30 says, and would
   * otherwise print it on the text before.
   */
  @SuppressWarnings("unchecked")
  private static void withoutEndMark(List<Object> items) {
    if (items.isEmpty()) {
      return;
    }
    int last = items.size() - 1;
    Object item = items.get(last);
    if (item instanceof String s) {
      items.set(last, s.replaceFirst("\\s*\\./\\.(\\**)$", ".$1"));
    } else if (item instanceof Map<?, ?> m) {
      Map<String, Object> map = (Map<String, Object>) m;
      for (String key : List.of("content", "bullets")) {
        if (map.get(key) instanceof List<?> l) {
          withoutEndMark((List<Object>) l);
          return;
        }
      }
      for (String key : List.of("text", "title")) {
        if (map.get(key) instanceof String s) {
          map.put(key, s.replaceFirst("\\s*\\./\\.(\\**)$", ".$1"));
          return;
        }
      }
    }
  }

  /** An appendix's content: paragraphs, parts numbered as the appendix numbers them, tables. */
  static List<Object> content(List<Block> blocks, Warnings warnings) {
    Outline o = new Outline(warnings, UnaryOperator.identity(), false);
    o.read(blocks);
    return o.root.content;
  }

  private void read(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof WordTable t) {
        i = table(t, Optional.empty(), blocks, i);
      } else if (b instanceof WordParagraph p && !p.text().isEmpty()) {
        Matcher unit = UNIT_LINE.matcher(p.text());
        if (unit.matches() && i + 1 < blocks.size() && blocks.get(i + 1) instanceof WordTable t) {
          Map<String, Object> block = Tables.of(t, Optional.of(unit.group(1)), new Warnings());
          if (block.containsKey("budget")) {
            i = table(t, Optional.of(unit.group(1)), blocks, i + 1);
            continue;
          }
        }
        paragraph(p);
      }
    }
    finishSections();
  }

  /** Adds table {@code t} at {@code i}; returns the index of the last block it took. */
  private int table(WordTable t, Optional<String> unit, List<Block> blocks, int i) {
    Map<String, Object> block = Tables.of(t, unit, warnings);
    if (block.get("budget") instanceof Map<?, ?> budget) {
      boolean words =
          i + 1 < blocks.size()
              && blocks.get(i + 1) instanceof WordParagraph next
              && WORDS_LINE.matcher(next.text()).matches();
      if (words) {
        i++;
      } else {
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) budget;
        b.put("wordsLine", new YamlText.Bare("false"));
      }
    }
    add(block);
    return i;
  }

  private void paragraph(WordParagraph p) {
    Optional<Labels.Label> label = Labels.of(p.listLabel(), p.text());
    if (label.isEmpty()) {
      add(plain(p));
      return;
    }
    Numbering kind = label.get().kind();
    List<WordRun> runs = withoutLabel(p, label.get());
    if (kind == Numbering.DASH || kind == Numbering.PLUS) {
      bullet(kind, cite.apply(Inlines.marked(runs)));
    } else {
      heading(kind, runs, p);
    }
  }

  /** A paragraph without a number: centred ones keep their alignment. */
  private Object plain(WordParagraph p) {
    String text = cite.apply(Inlines.marked(p));
    if (p.align().equals("center") || p.align().equals("right")) {
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("text", text);
      set.put("align", p.align());
      return set;
    }
    return text;
  }

  private void heading(Numbering kind, List<WordRun> runs, WordParagraph p) {
    int at = open.size() - 1;
    while (at >= 0 && open.get(at).children != kind) {
      at--;
    }
    if (at < 0) {
      at = open.size() - 1; // a kind not met yet: the first child level of the part being filled
      if (open.get(at).children == null) {
        open.get(at).children = kind;
      }
    }
    while (open.size() > at + 1) {
      open.remove(open.size() - 1);
    }
    bullets = null;
    Part parent = open.get(at);
    Part part = new Part(headingFields(kind, runs), null);
    if (parent == root && body && kind != Numbering.ROMAN) {
      warnings.add(
          "paragraph "
              + p.number()
              + " \""
              + p.firstWords()
              + "\": made a section (I, II) though its number is not a section's");
    }
    if (parent == root && body && root.content.isEmpty() && kind == Numbering.ROMAN) {
      part.content.addAll(before);
      before.clear();
    }
    parent.content.add(part);
    open.add(part);
  }

  /** A heading's title and text: a bold start is its title, kehoach prints titles bold. */
  private Map<String, Object> headingFields(Numbering kind, List<WordRun> runs) {
    Map<String, Object> map = new LinkedHashMap<>();
    int bold = 0;
    while (bold < runs.size() && (runs.get(bold).bold() || !runs.get(bold).visible())) {
      bold++;
    }
    List<WordRun> head = runs.subList(0, bold);
    List<WordRun> rest = runs.subList(bold, runs.size());
    boolean titled = kind == Numbering.ROMAN || head.stream().anyMatch(WordRun::visible);
    if (kind == Numbering.ROMAN) {
      map.put("title", cite.apply(Inlines.plain(runs)));
    } else if (titled) {
      map.put("title", cite.apply(Inlines.plain(head)));
      String text = Inlines.marked(rest);
      if (!text.isEmpty()) {
        map.put("text", cite.apply(text));
      }
    } else {
      map.put("text", cite.apply(Inlines.marked(runs)));
    }
    return map;
  }

  private void bullet(Numbering kind, String text) {
    List<Object> items = bullets;
    if (kind == Numbering.PLUS && items != null && !items.isEmpty()) {
      Object last = items.get(items.size() - 1);
      Map<String, Object> parent;
      if (last instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> cast = (Map<String, Object>) m;
        parent = cast;
      } else {
        parent = new LinkedHashMap<>();
        parent.put("text", last);
        parent.put("bullets", new ArrayList<>());
        items.set(items.size() - 1, parent);
      }
      @SuppressWarnings("unchecked")
      List<Object> under = (List<Object>) parent.get("bullets");
      under.add(text);
      return;
    }
    if (items == null) {
      items = new ArrayList<>();
      Map<String, Object> block = new LinkedHashMap<>();
      block.put("bullets", items);
      add(block);
    }
    items.add(text);
    bullets = items;
  }

  /** Adds a paragraph, table or bullets to the part being filled. */
  private void add(Object block) {
    bullets = null;
    Part top = open.get(open.size() - 1);
    if (top == root && body) {
      before.add(block);
    } else {
      top.content.add(block);
    }
  }

  /** Turns every part into its map: title, text, numbering and content, in the samples' order. */
  private void finishSections() {
    List<Object> done = new ArrayList<>();
    for (Object o : root.content) {
      done.add(o instanceof Part p ? finish(p, 1) : o);
    }
    root.content.clear();
    root.content.addAll(done);
  }

  private Map<String, Object> finish(Part p, int depth) {
    Map<String, Object> map = new LinkedHashMap<>(p.map);
    if (p.children != null && p.children != Labels.defaultFor(depth)) {
      map.put("numbering", p.children.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (!p.content.isEmpty()) {
      List<Object> content = new ArrayList<>();
      for (Object o : p.content) {
        content.add(o instanceof Part child ? finish(child, depth + 1) : o);
      }
      map.put("content", content);
    }
    return map;
  }

  /** The runs of {@code p} without its typed number (Word's automatic one is not in them). */
  private static List<WordRun> withoutLabel(WordParagraph p, Labels.Label label) {
    if (!p.listLabel().isBlank()) {
      return p.runs();
    }
    int drop = label.label().replaceAll("\\s", "").length();
    List<WordRun> out = new ArrayList<>();
    boolean started = false;
    for (WordRun r : p.runs()) {
      String t = r.text();
      int i = 0;
      while (i < t.length() && (drop > 0 || !started)) {
        char c = t.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
          continue;
        }
        if (drop == 0) {
          started = true;
          break;
        }
        drop--;
        i++;
      }
      if (i < t.length()) {
        started = true;
        out.add(
            new WordRun(
                t.substring(i),
                r.font(),
                r.sizePt(),
                r.bold(),
                r.italic(),
                r.underline(),
                r.caps()));
      }
    }
    return out;
  }
}
