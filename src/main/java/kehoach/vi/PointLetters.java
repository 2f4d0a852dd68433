package kehoach.vi;

import java.util.List;

/**
 * Điểm: the letters that label points under a khoản, in Vietnamese alphabetical order. The
 * Vietnamese alphabet has {@code đ} after {@code d} and no f, j, w or z.
 */
public final class PointLetters {
  /** The sequence a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y. */
  public static final List<String> SEQUENCE =
      List.of(
          "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s",
          "t", "u", "v", "x", "y");

  private PointLetters() {}

  /** The letter of the {@code n}-th point, counting from 1. */
  public static String of(int n) {
    if (n < 1 || n > SEQUENCE.size()) {
      throw new IllegalArgumentException(
          "a khoản can have at most " + SEQUENCE.size() + " điểm (a to y); this is number " + n);
    }
    return SEQUENCE.get(n - 1);
  }
}
