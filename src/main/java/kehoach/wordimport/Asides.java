package kehoach.wordimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kehoach.word.Block;
import kehoach.word.TextBox;
import kehoach.word.WordDocument;
import kehoach.word.WordNote;
import kehoach.word.WordParagraph;
import kehoach.word.WordRun;
import kehoach.word.WordTable;

/**
 * What Word keeps beside the paragraphs' own text: chú thích (footnotes and endnotes) and text
 * boxes. The model has no chú thích, so each note is kept as a paragraph "Chú thích (1): …" right
 * after the paragraph that cites it; a text box's paragraphs follow the paragraph it is anchored
 * in; a "DỰ THẢO" stamp is the model's {@code document.draft}. Each is reported.
 */
final class Asides {
  /** A draft's stamp: "DỰ THẢO", "Dự thảo lần 2", "DỰ THẢO (15/12/2025)". */
  private static final Pattern STAMP =
      Pattern.compile("(?iu)^\\(?\\s*(?:bản\\s+)?dự\\s+thảo\\b.{0,30}$");

  /**
   * The body with what was beside it placed as paragraphs, and the stamp that makes it a draft.
   *
   * @param body the blocks, each note and box after the paragraph that holds its mark or anchor
   * @param stamp the text of a "DỰ THẢO" text box, if there is one
   */
  record Placed(List<Block> body, Optional<String> stamp) {}

  private Asides() {}

  static Placed place(WordDocument doc, Warnings warnings) {
    Map<Integer, WordParagraph> byNumber = new HashMap<>();
    doc.allParagraphs().forEach(p -> byNumber.putIfAbsent(p.number(), p));
    Map<Integer, List<WordParagraph>> after = new HashMap<>();
    Optional<String> stamp = Optional.empty();
    for (TextBox box : doc.textBoxes()) {
      WordParagraph anchor = byNumber.get(box.paragraph());
      String text = box.text();
      if (text.isEmpty()) {
        continue;
      }
      if (STAMP.matcher(text).matches()) {
        stamp = Optional.of(text);
        warnings.add(
            where(anchor)
                + "text box \""
                + text
                + "\" read as document.draft: true (kehoach prints its own DỰ THẢO stamp)");
      } else if (anchor == null) {
        warnings.add("text box \"" + text + "\" outside the body's paragraphs: left out");
      } else {
        box.paragraphs().stream()
            .filter(p -> !p.text().isEmpty())
            .forEach(
                p ->
                    after
                        .computeIfAbsent(anchor.number(), k -> new ArrayList<>())
                        .add(at(p, anchor)));
        warnings.add(
            where(anchor) + "text box \"" + text + "\" kept as text in the paragraph after it");
      }
    }
    for (WordNote note : doc.notes()) {
      WordParagraph anchor = byNumber.get(note.paragraph());
      String kept = "Chú thích (" + note.id() + "): " + note.text();
      if (note.text().isEmpty()) {
        warnings.add(where(anchor) + note.kind() + " " + note.id() + " is cited but has no text");
      } else if (anchor == null) {
        warnings.add(
            note.kind()
                + " "
                + note.id()
                + " \""
                + note.text()
                + "\": cited outside the body's paragraphs, left out");
      } else {
        after.computeIfAbsent(anchor.number(), k -> new ArrayList<>()).add(note(kept, anchor));
        warnings.add(
            where(anchor)
                + note.kind()
                + " "
                + note.id()
                + " (its mark after \""
                + before(anchor.text(), note.offset())
                + "\") kept as text in the paragraph after it, \""
                + shortened(kept)
                + "\": the model has no chú thích");
      }
    }
    if (after.isEmpty()) {
      return new Placed(doc.body(), stamp);
    }
    List<Block> body = new ArrayList<>();
    for (Block b : doc.body()) {
      if (b instanceof WordParagraph p) {
        body.add(p);
        body.addAll(after.getOrDefault(p.number(), List.of()));
      } else if (b instanceof WordTable t) {
        body.add(withAsides(t, after));
      }
    }
    return new Placed(List.copyOf(body), stamp);
  }

  /** {@code t} with each cell's asides after the paragraph they belong to. */
  private static WordTable withAsides(WordTable t, Map<Integer, List<WordParagraph>> after) {
    List<WordTable.Row> rows = new ArrayList<>();
    for (WordTable.Row r : t.rows()) {
      List<WordTable.Cell> cells = new ArrayList<>();
      for (WordTable.Cell c : r.cells()) {
        List<WordParagraph> paragraphs = new ArrayList<>();
        for (WordParagraph p : c.paragraphs()) {
          paragraphs.add(p);
          paragraphs.addAll(after.getOrDefault(p.number(), List.of()));
        }
        cells.add(
            new WordTable.Cell(c.column(), c.colSpan(), c.rowSpan(), List.copyOf(paragraphs)));
      }
      rows.add(new WordTable.Row(List.copyOf(cells), r.header(), r.cantSplit()));
    }
    return new WordTable(t.index(), List.copyOf(rows), t.columns(), t.layout(), t.widthsMm());
  }

  /** "paragraph 12 "Căn cứ …": ", or "" when the paragraph is not known. */
  private static String where(WordParagraph p) {
    return p == null ? "" : "paragraph " + p.number() + " \"" + p.firstWords() + "\": ";
  }

  /** The last words before {@code offset} in {@code text}, to say where a mark is. */
  private static String before(String text, int offset) {
    String head = text.substring(0, Math.min(Math.max(0, offset), text.length())).strip();
    if (head.length() <= 30) {
      return head;
    }
    int cut = head.indexOf(' ', head.length() - 30);
    return "…" + head.substring(cut < 0 ? head.length() - 30 : cut + 1);
  }

  /** {@code text} cut to about 60 characters at a space, to quote it in a warning. */
  private static String shortened(String text) {
    if (text.length() <= 60) {
      return text;
    }
    int cut = text.lastIndexOf(' ', 60);
    return text.substring(0, cut > 30 ? cut : 60) + "…";
  }

  /** A note's text as a paragraph after {@code anchor}, in its place and with its letter. */
  private static WordParagraph note(String text, WordParagraph anchor) {
    WordRun model = anchor.runs().isEmpty() ? null : anchor.runs().get(0);
    WordRun run =
        new WordRun(
            text,
            model == null ? "Times New Roman" : model.font(),
            model == null ? 14 : model.sizePt(),
            false,
            false,
            false,
            false);
    return at(
        new WordParagraph(
            0,
            text,
            "",
            List.of(run),
            "both",
            0,
            0,
            1,
            0,
            0,
            false,
            false,
            "",
            null,
            false,
            false,
            false,
            0,
            false),
        anchor);
  }

  /** {@code p} read as if it stood right after {@code anchor}: its number and its cell. */
  private static WordParagraph at(WordParagraph p, WordParagraph anchor) {
    return new WordParagraph(
        anchor.number(),
        p.text(),
        p.listLabel(),
        p.runs(),
        p.align(),
        p.firstLineMm(),
        p.leftMm(),
        p.lineSpacing(),
        p.spaceBeforePt(),
        p.spaceAfterPt(),
        p.keepWithNext(),
        false,
        p.style(),
        anchor.table(),
        p.bottomBorder(),
        p.topBorder(),
        p.drawnLine(),
        anchor.page(),
        p.keepLines());
  }
}
