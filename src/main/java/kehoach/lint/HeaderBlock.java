package kehoach.lint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * The parts of a plan's first page as a reader finds them: the agency lines (ô 2), Quốc hiệu and
 * Tiêu ngữ (ô 1), Số and ký hiệu (ô 3), place and date (ô 4), "KẾ HOẠCH" and the trích yếu (ô 5),
 * and whether a rule is drawn under a part. Found by their text, in the first paragraphs, whether
 * or not the drafter put them in a layout table.
 */
record HeaderBlock(
    List<WordParagraph> all,
    List<WordParagraph> agency,
    Optional<WordParagraph> motto,
    Optional<WordParagraph> slogan,
    Optional<WordParagraph> number,
    Optional<WordParagraph> date,
    Optional<WordParagraph> title,
    List<WordParagraph> summary) {

  /** How far into the document the header's parts are looked for. */
  private static final int WINDOW = 30;

  private static final Pattern NUMBER_LINE = Pattern.compile("(?i)^s[ốo]\\b.*");
  private static final Pattern DATE_LINE =
      Pattern.compile("(?i).*\\bngày\\b.*\\btháng\\b.*\\bnăm\\b.*");
  private static final Pattern RULE_TEXT = Pattern.compile("^[_\\-–—=.]{3,}$");

  static HeaderBlock of(WordDocument document) {
    List<WordParagraph> all = document.allParagraphs();
    List<WordParagraph> head = head(all);
    Optional<WordParagraph> motto =
        head.stream().filter(p -> upper(p.text()).contains("XÃ HỘI CHỦ NGHĨA")).findFirst();
    Optional<WordParagraph> slogan =
        head.stream().filter(p -> upper(p.text()).startsWith("ĐỘC LẬP")).findFirst();
    Optional<WordParagraph> number =
        head.stream().filter(p -> NUMBER_LINE.matcher(nfc(p.text())).matches()).findFirst();
    Optional<WordParagraph> date =
        head.stream()
            .filter(p -> p != motto.orElse(null))
            .filter(p -> DATE_LINE.matcher(nfc(p.text())).matches())
            .findFirst();
    Optional<WordTable> table = headerTable(document);
    List<WordParagraph> agency = agency(head, table, number, motto, slogan);
    Optional<WordParagraph> title = head.stream().filter(HeaderBlock::isTitle).findFirst();
    List<WordParagraph> summary = title.map(t -> summary(all, t)).orElse(List.of());
    return new HeaderBlock(all, agency, motto, slogan, number, date, title, summary);
  }

  /**
   * The paragraphs where the header's parts are looked for: those before "KẾ HOẠCH", so that a body
   * paragraph such as "Số lượng …" is never taken for the Số, or the first few.
   */
  private static List<WordParagraph> head(List<WordParagraph> all) {
    int end = Math.min(WINDOW, all.size());
    for (int i = 0; i < end; i++) {
      if (isTitle(all.get(i))) {
        return all.subList(0, i + 1);
      }
    }
    return all.subList(0, end);
  }

  private static boolean isTitle(WordParagraph p) {
    return p.table() == null && upper(p.text()).replace(" ", "").equals("KẾHOẠCH");
  }

  /** The first body block, when it is a layout table: where the header's two columns sit. */
  private static Optional<WordTable> headerTable(WordDocument document) {
    for (Block b : document.body()) {
      if (b instanceof WordTable t) {
        return t.layout() ? Optional.of(t) : Optional.empty();
      }
      if (b instanceof WordParagraph p && isTitle(p)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The agency lines: in the header table, the non-empty paragraphs of the Số's column above it;
   * without a table, those before the Quốc hiệu or the Số.
   */
  private static List<WordParagraph> agency(
      List<WordParagraph> head,
      Optional<WordTable> table,
      Optional<WordParagraph> number,
      Optional<WordParagraph> motto,
      Optional<WordParagraph> slogan) {
    List<WordParagraph> out = new ArrayList<>();
    for (WordParagraph p : head) {
      if (p == number.orElse(null) || p == motto.orElse(null) || p == slogan.orElse(null)) {
        if (p == number.orElse(null)) {
          break;
        }
        continue;
      }
      if (p.text().isEmpty() || RULE_TEXT.matcher(p.text()).matches()) {
        continue;
      }
      if (table.isPresent()) {
        if (p.table() == null || p.table().table() != table.get().index()) {
          break;
        }
        int column = number.map(n -> n.table() == null ? 0 : n.table().column()).orElse(0);
        if (p.table().column() == column) {
          out.add(p);
        }
      } else if (p.table() == null && !DATE_LINE.matcher(nfc(p.text())).matches()) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The trích yếu: the non-empty paragraphs after KẾ HOẠCH that are bold and centred, or the first.
   */
  private static List<WordParagraph> summary(List<WordParagraph> all, WordParagraph title) {
    List<WordParagraph> out = new ArrayList<>();
    for (int i = all.indexOf(title) + 1; i < all.size(); i++) {
      WordParagraph p = all.get(i);
      if (p.text().isEmpty()) {
        if (out.isEmpty()) {
          continue;
        }
        break;
      }
      if (!out.isEmpty() && !(p.bold() && p.align().equals("center"))) {
        break;
      }
      out.add(p);
      if (!p.bold() || !p.align().equals("center")) {
        break;
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether a rule is drawn under {@code p}: its bottom border, a line shape anchored in it, or in
   * the paragraph after it, that paragraph's top border when it is empty (kehoach's way), or a line
   * of underscores.
   */
  boolean ruledUnder(WordParagraph p) {
    if (p.bottomBorder() || p.drawnLine()) {
      return true;
    }
    Optional<WordParagraph> after = below(p);
    if (after.isEmpty()) {
      return false;
    }
    WordParagraph next = after.get();
    return next.drawnLine()
        || next.text().isEmpty() && next.topBorder()
        || RULE_TEXT.matcher(next.text()).matches();
  }

  /**
   * The paragraph printed under {@code p}: the next one of its column when it sits in a layout
   * table (the next in reading order may be the other column's), else the next one.
   */
  private Optional<WordParagraph> below(WordParagraph p) {
    int i = all.indexOf(p);
    for (int j = i + 1; i >= 0 && j < all.size(); j++) {
      WordParagraph q = all.get(j);
      if (p.table() == null || q.table() == null) {
        return Optional.of(q);
      }
      if (q.table().table() != p.table().table()) {
        return Optional.of(q);
      }
      if (q.table().column() == p.table().column()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** Text in Unicode's composed form, as the decree's words are compared. */
  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Composed and upper case, Vietnamese letters included. */
  static String upper(String text) {
    return nfc(text).toUpperCase(Locale.forLanguageTag("vi"));
  }
}
