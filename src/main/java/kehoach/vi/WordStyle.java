package kehoach.vi;

/**
 * The regional and house variants of amounts in words; a plan picks one set and keeps it throughout
 * (spec §9).
 *
 * @param thousand "nghìn" (North, the default) or "ngàn" (South)
 * @param zeroTens the word for a zero tens digit before a unit: "linh" (default) or "lẻ"
 * @param fourAfterTens how 4 reads after "mươi": "bốn" (default, as the seed plans) or "tư"
 * @param commas whether a comma separates the groups ("…triệu, năm trăm…")
 * @param ending what follows the number: "đồng" (default) or "đồng chẵn"
 */
public record WordStyle(
    String thousand, String zeroTens, String fourAfterTens, boolean commas, String ending) {

  /** nghìn, linh, bốn, commas between groups, "đồng". */
  public static final WordStyle DEFAULT = new WordStyle("nghìn", "linh", "bốn", true, "đồng");

  public WordStyle {
    requireOneOf("thousand", thousand, "nghìn", "ngàn");
    requireOneOf("zeroTens", zeroTens, "linh", "lẻ");
    requireOneOf("fourAfterTens", fourAfterTens, "bốn", "tư");
    requireOneOf("ending", ending, "đồng", "đồng chẵn");
  }

  private static void requireOneOf(String name, String value, String... allowed) {
    for (String a : allowed) {
      if (a.equals(value)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        name + " must be one of " + String.join(", ", allowed) + ", not " + value);
  }
}
