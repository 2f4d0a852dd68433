package kehoach.lint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.vi.AmountInWords;
import kehoach.vi.WordStyle;

/**
 * arith.words: an amount in words ("Bằng chữ: …", or "74.580.000 đồng (Bảy mươi bốn triệu …)")
 * against its figure. The figure is written in words with {@link AmountInWords} and both are
 * compared after the variants clerks use are made one (ngàn/nghìn, lẻ/linh, tư/bốn, mốt/một,
 * lăm/năm, "không trăm", "chẵn", "đồng"); words this reader does not know leave the line unjudged.
 */
final class ArithWords {
  /** A figure with its money unit, then words in parentheses. */
  private static final Pattern FIGURE_THEN_WORDS =
      Pattern.compile(
          "(?<fig>\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)\\s*(?<unit>tỷ đồng|tỉ đồng"
              + "|triệu đồng|nghìn đồng|ngàn đồng|đồng|vnđ)\\s*\\(\\s*(?:bằng chữ\\s*:?\\s*)?(?<words>[^)]*)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern IN_WORDS =
      Pattern.compile(
          "bằng chữ\\s*:?\\s*\\(?(?<words>[^)]*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Map<String, String> VARIANTS =
      Map.of(
          "ngàn", "nghìn", "lẻ", "linh", "tư", "bốn", "mốt", "một", "lăm", "năm", "nhăm", "năm",
          "mười", "mươi", "tỉ", "tỷ");

  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mươi", "trăm",
          "nghìn", "triệu", "tỷ", "linh");

  private static final Set<String> IGNORED = Set.of("đồng", "chẵn", "chẳn", "vnđ", "./", "");

  private ArithWords() {}

  /**
   * The finding for one paragraph's amount in words, if it disagrees.
   *
   * @param paragraph the paragraph's text
   * @param figureAbove the total of the budget table just above, in đồng, for a "Bằng chữ" line
   *     that states no figure of its own
   */
  static Optional<String[]> check(String paragraph, Optional<BigDecimal> figureAbove) {
    Matcher m = FIGURE_THEN_WORDS.matcher(paragraph);
    if (m.find()) {
      Optional<BigDecimal> fig = Figures.readLoose(m.group("fig"));
      Optional<FiguresUnit> unit = FiguresUnit.named(m.group("unit"));
      if (fig.isEmpty() || unit.isEmpty()) {
        return Optional.empty();
      }
      return compare(unit.get().toDong(fig.get()), m.group("words"));
    }
    Matcher w = IN_WORDS.matcher(paragraph);
    if (w.find() && figureAbove.isPresent()) {
      return compare(figureAbove.get(), w.group("words"));
    }
    return Optional.empty();
  }

  /** {word as written, words of the figure} when they disagree. */
  private static Optional<String[]> compare(BigDecimal dong, String written) {
    String words = untilDong(written);
    Optional<List<String>> said = canonical(words);
    if (said.isEmpty() || said.get().isEmpty() || dong.signum() < 0) {
      return Optional.empty();
    }
    BigInteger whole;
    try {
      whole = dong.toBigIntegerExact();
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
    if (whole.compareTo(AmountInWords.MAX) > 0) {
      return Optional.empty();
    }
    String right = AmountInWords.of(whole, WordStyle.DEFAULT);
    if (canonical(right).orElseThrow().equals(said.get())) {
      return Optional.empty();
    }
    return Optional.of(new String[] {words.strip(), right});
  }

  /** The words up to and with "đồng" (the rest of the parentheses is a remark). */
  private static String untilDong(String written) {
    int at = written.toLowerCase(kehoach.vi.VietnameseText.VI).indexOf("đồng");
    return at < 0 ? written : written.substring(0, at + "đồng".length());
  }

  /** The number words in one spelling, or empty when a word is not a number word. */
  private static Optional<List<String>> canonical(String words) {
    String t = kehoach.vi.VietnameseText.nfc(words).toLowerCase(kehoach.vi.VietnameseText.VI);
    List<String> out = new ArrayList<>();
    for (String token : t.split("[\\s,;:.!/*\\-–]+")) {
      String w = VARIANTS.getOrDefault(token, token);
      if (IGNORED.contains(w)) {
        continue;
      }
      if (!NUMBER_WORDS.contains(w)) {
        return Optional.empty();
      }
      out.add(w);
    }
    for (int i = out.size() - 2; i >= 0; i--) {
      if (out.get(i).equals("không") && out.get(i + 1).equals("trăm")) {
        out.remove(i + 1);
        out.remove(i);
      }
    }
    out.removeIf("linh"::equals);
    return Optional.of(out);
  }
}
