package kehoach.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import kehoach.vi.VietnameseText;

/** Finds the known name nearest to a misspelt one, for "did you mean" hints. */
final class Suggestions {
  private Suggestions() {}

  /** The nearest of {@code known}, if it is close enough to be a likely misspelling. */
  static Optional<String> nearest(String wrong, Collection<String> known) {
    String w = wrong.toLowerCase(VietnameseText.VI);
    return known.stream()
        .min(Comparator.comparingInt(k -> distance(w, k.toLowerCase(VietnameseText.VI))))
        .filter(k -> distance(w, k.toLowerCase(VietnameseText.VI)) <= Math.max(2, w.length() / 3));
  }

  /** Levenshtein edit distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
