package kehoach.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/** Word-level changes inside a paragraph, marked as "[-removed-]{+added+}". */
final class Words {
  private Words() {}

  /** The words of a paragraph, each with the space that follows it. */
  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        words.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      words.add(text.substring(start));
    }
    return words;
  }

  static String marked(String before, String after) {
    List<String> a = split(before);
    List<String> b = split(after);
    StringBuilder out = new StringBuilder();
    for (AbstractDelta<String> d : DiffUtils.diff(a, b, true).getDeltas()) {
      String removed = String.join("", d.getSource().getLines()).strip();
      String added = String.join("", d.getTarget().getLines()).strip();
      if (d.getType() == DeltaType.EQUAL) {
        out.append(String.join("", d.getSource().getLines()));
        continue;
      }
      if (!removed.isEmpty()) {
        out.append("[-").append(removed).append("-]");
      }
      if (!added.isEmpty()) {
        out.append("{+").append(added).append("+}");
      }
      out.append(' ');
    }
    return out.toString().strip();
  }
}
