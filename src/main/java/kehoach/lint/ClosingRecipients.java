package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kehoach.word.WordParagraph;

/**
 * Nơi nhận (ô 9b, NĐ 30 Phụ lục I): the label "Nơi nhận:", then one entry a line, each starting
 * with "-" and ending with ";", the last "- Lưu: VT, …." ending with ".".
 */
final class ClosingRecipients {
  static final String RULE = "closing.recipients";

  /** The label as the decree prints it. */
  private static final String LABEL = "Nơi nhận:";

  /** Where one entry ends and the next begins when a line break joined them in one paragraph. */
  private static final Pattern BETWEEN = Pattern.compile("(?<=[;.,])\\s*(?=[-–]\\s*\\p{L})");

  private static final Pattern LABEL_START = Pattern.compile("^(?iu)\\s*nơi\\s+nhận\\s*:?");
  private static final Pattern ARCHIVE = Pattern.compile("^-\\s*(?iu:lưu)(?:\\s*:|\\s+VT)");

  /** The optional ô 12 line under Lưu (drafter's code and copies, "PL.(300)") is this short. */
  private static final int CODE_LINE = 20;

  private ClosingRecipients() {}

  /** The findings on Nơi nhận given as its paragraphs, the label first. */
  static List<Finding> check(List<WordParagraph> paragraphs) {
    List<Finding> findings = new ArrayList<>(label(paragraphs.get(0)));
    List<Entry> entries = entries(paragraphs);
    if (entries.isEmpty()) {
      findings.add(
          error(
              paragraphs.get(0), "Nơi nhận lists no recipients", "one «- …;» line per recipient"));
      return findings;
    }
    int archive = lastArchive(entries);
    int end = archive >= 0 && trailingCode(entries, archive) ? archive + 1 : entries.size();
    for (int i = 0; i < end; i++) {
      findings.addAll(entry(entries.get(i), i == end - 1, i == archive));
    }
    return findings;
  }

  private static List<Finding> label(WordParagraph p) {
    String text = p.text().strip();
    if (text.startsWith(LABEL)) {
      return List.of();
    }
    String found = text.length() > 12 ? text.substring(0, 12) + "…" : text;
    return List.of(
        error(p, "the label reads «" + found + "»", "«Nơi nhận:» with its colon (NĐ 30 ô 9b)"));
  }

  /** The entries: each paragraph after the label, split where a line break joined two. */
  private static List<Entry> entries(List<WordParagraph> paragraphs) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      WordParagraph p = paragraphs.get(i);
      String text = i == 0 ? LABEL_START.matcher(p.text()).replaceFirst("") : p.text();
      for (String part : BETWEEN.split(text)) {
        String entry = ClosingBlock.collapse(part);
        if (!entry.isEmpty()) {
          entries.add(new Entry(p, entry));
        }
      }
    }
    return entries;
  }

  private static int lastArchive(List<Entry> entries) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (ARCHIVE.matcher(entries.get(i).text()).find()) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the only entry after Lưu is the short ô 12 line, which is no recipient. */
  private static boolean trailingCode(List<Entry> entries, int archive) {
    if (archive != entries.size() - 2) {
      return false;
    }
    String last = entries.get(entries.size() - 1).text();
    return !last.startsWith("-") && last.length() <= CODE_LINE;
  }

  private static List<Finding> entry(Entry e, boolean last, boolean archive) {
    List<Finding> findings = new ArrayList<>();
    String t = e.text();
    if (!t.startsWith("- ") && !t.startsWith("-\u00a0")) {
      findings.add(
          error(
              e.paragraph(),
              "the entry «" + quote(t) + "» does not start with «- »",
              "each entry on its own line starting «- » (NĐ 30 ô 9b)"));
    }
    if (last && !archive) {
      findings.add(
          error(
              e.paragraph(),
              "the last entry is «" + quote(t) + "», not the Lưu line",
              "«- Lưu: VT, …» as the last line (NĐ 30 ô 9b)"));
    } else if (archive && !last) {
      findings.add(
          error(
              e.paragraph(),
              "the Lưu line «" + quote(t) + "» is not the last",
              "«- Lưu: VT, …» as the last line (NĐ 30 ô 9b)"));
    }
    String mark = last ? "." : ";";
    if (!t.endsWith(mark)) {
      findings.add(
          error(
              e.paragraph(),
              "the entry «" + quote(t) + "» ends «" + t.substring(t.length() - 1) + "»",
              last
                  ? "the last line ending with «.», e.g. «- Lưu: VT, NC.» (NĐ 30 ô 9b)"
                  : "«;» at the end of each entry but the last (NĐ 30 ô 9b)"));
    }
    return findings;
  }

  private static String quote(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static Finding error(WordParagraph p, String message, String expected) {
    return new Finding(RULE, Severity.ERROR, Place.of(p), message, expected);
  }

  /** One recipient line and the paragraph it is in. */
  private record Entry(WordParagraph paragraph, String text) {}
}
