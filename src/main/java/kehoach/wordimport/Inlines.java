package kehoach.wordimport;

import java.util.List;
import kehoach.word.WordParagraph;
import kehoach.word.WordRun;

/**
 * A paragraph's runs as the model's text: bold as {@code **…**}, italic as {@code *…*}, both as
 * {@code ***…***}, a star of the text as {@code \*}; spaces collapsed as the reader collapses them,
 * and marks kept off the spaces around a marked part, where the model's reading wants them.
 */
final class Inlines {
  private Inlines() {}

  /** The text of {@code p} with its bold and italic marked. */
  static String marked(WordParagraph p) {
    return marked(p.runs());
  }

  /**
   * The text of {@code runs}, marked. The model's marks are toggles ({@code **} bold, {@code *}
   * italic), so each change of formatting writes one of each that changes: a mark that ends is
   * written before the spaces, one that starts after them, as a clerk would type them.
   */
  static String marked(List<WordRun> runs) {
    StringBuilder out = new StringBuilder();
    StringBuilder spaces = new StringBuilder();
    boolean bold = false;
    boolean italic = false;
    for (WordRun r : runs) {
      String text = escape(r.text());
      if (text.isBlank()) {
        spaces.append(text);
        continue;
      }
      int start = 0;
      while (Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      int end = text.length();
      while (Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      out.append(bold && !r.bold() ? "**" : "").append(italic && !r.italic() ? "*" : "");
      out.append(spaces).append(text, 0, start);
      out.append(!bold && r.bold() ? "**" : "").append(!italic && r.italic() ? "*" : "");
      out.append(text, start, end);
      spaces.setLength(0);
      spaces.append(text.substring(end));
      bold = r.bold();
      italic = r.italic();
    }
    out.append(bold ? "**" : "").append(italic ? "*" : "");
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** The text with every mark taken out: for titles, which kehoach prints bold by itself. */
  static String plain(List<WordRun> runs) {
    StringBuilder out = new StringBuilder();
    runs.forEach(r -> out.append(escape(r.text())));
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static String escape(String text) {
    return text.replace("*", "\\*").replace('\t', ' ').replace('\u00A0', ' ');
  }
}
