package kehoach.wordimport;

import java.util.ArrayList;
import java.util.List;
import kehoach.word.WordParagraph;

/** What an import could not place where the model has a field for it, said once per paragraph. */
final class Warnings {
  private final List<String> messages = new ArrayList<>();

  /** Paragraph {@code p} was kept as text {@code where}: it fits no field of the model. */
  void keptAsText(WordParagraph p, String where) {
    messages.add("paragraph " + p.number() + " \"" + p.firstWords() + "\": kept as text " + where);
  }

  void add(String message) {
    messages.add(message);
  }

  List<String> all() {
    return List.copyOf(messages);
  }
}
