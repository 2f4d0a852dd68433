package kehoach.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the two inline marks a clerk may use in text: {@code **bold**} and {@code *italic*} ({@code
 * ***both***}). A backslash keeps a star as itself ({@code \*}); an unclosed mark is printed as
 * written.
 */
final class InlineMarks {
  private InlineMarks() {}

  static Text parse(String source) {
    if (source.indexOf('*') < 0) {
      // most texts have no mark: one plain run, as the loop below would make, without copying
      return Text.plain(source);
    }
    List<Text.Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean bold = false;
    boolean italic = false;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
        current.append('*');
        i += 2;
        continue;
      }
      if (c == '*') {
        boolean isBold = source.startsWith("**", i);
        String mark = isBold ? "**" : "*";
        boolean closing = isBold ? bold : italic;
        if (closing || source.indexOf(mark, i + mark.length()) > 0) {
          flush(runs, current, bold, italic);
          if (isBold) {
            bold = !bold;
          } else {
            italic = !italic;
          }
          i += mark.length();
          continue;
        }
      }
      current.append(c);
      i++;
    }
    flush(runs, current, bold, italic);
    return new Text(merge(runs));
  }

  private static void flush(List<Text.Run> runs, StringBuilder text, boolean bold, boolean italic) {
    if (text.length() > 0) {
      runs.add(new Text.Run(text.toString(), bold, italic));
      text.setLength(0);
    }
  }

  private static List<Text.Run> merge(List<Text.Run> runs) {
    List<Text.Run> out = new ArrayList<>();
    for (Text.Run r : runs) {
      if (!out.isEmpty()) {
        Text.Run last = out.get(out.size() - 1);
        if (last.bold() == r.bold() && last.italic() == r.italic()) {
          out.set(out.size() - 1, new Text.Run(last.text() + r.text(), r.bold(), r.italic()));
          continue;
        }
      }
      out.add(r);
    }
    return out;
  }
}
