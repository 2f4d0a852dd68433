package kehoach.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which removed paragraph became which added one, where a run of paragraphs was replaced by
 * another: pairs in order that share most of their words, as a reviewer would pair them. A
 * paragraph with no counterpart sharing at least half its words stands alone (removed or added)
 * rather than being shown as rewritten into an unrelated one.
 */
final class Pairs {
  /** Below this share of words in common two paragraphs are different paragraphs. */
  static final double ALIKE = 0.5;

  private Pairs() {}

  /** A pair: {@code before} became {@code after}, indices in the two runs. */
  record Pair(int before, int after) {}

  /** The best pairs of {@code before} with {@code after}, in order, each alike. */
  static List<Pair> of(List<String> before, List<String> after) {
    int n = before.size();
    int m = after.size();
    double[][] score = new double[n + 1][m + 1];
    double[][] alike = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        alike[i][j] = similarity(before.get(i), after.get(j));
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        double skip = Math.max(score[i + 1][j], score[i][j + 1]);
        double take = alike[i][j] >= ALIKE ? alike[i][j] + score[i + 1][j + 1] : 0;
        score[i][j] = Math.max(skip, take);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (alike[i][j] >= ALIKE && score[i][j] == alike[i][j] + score[i + 1][j + 1]) {
        pairs.add(new Pair(i++, j++));
      } else if (score[i][j] == score[i + 1][j]) {
        i++;
      } else {
        j++;
      }
    }
    return pairs;
  }

  /** The share of words two texts have in common, in order: 2 × LCS / (words of both). */
  static double similarity(String a, String b) {
    String[] x = words(a);
    String[] y = words(b);
    if (x.length + y.length == 0) {
      return 1;
    }
    int[][] lcs = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        lcs[i][j] =
            x[i].equals(y[j]) ? 1 + lcs[i + 1][j + 1] : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return 2.0 * lcs[0][0] / (x.length + y.length);
  }

  private static String[] words(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return t.isEmpty() ? new String[0] : t.split(" ");
  }
}
