package kehoach.vi;

/** Roman numerals for mục (I, II, …) and for appendices (Phụ lục I, Phụ lục II). */
public final class RomanNumerals {
  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  private RomanNumerals() {}

  /** {@code 4} → {@code IV}; defined for 1 to 3999. */
  public static String of(int number) {
    if (number < 1 || number > 3999) {
      throw new IllegalArgumentException("no Roman numeral for " + number);
    }
    StringBuilder out = new StringBuilder();
    int rest = number;
    for (int i = 0; i < VALUES.length; i++) {
      while (rest >= VALUES[i]) {
        out.append(SYMBOLS[i]);
        rest -= VALUES[i];
      }
    }
    return out.toString();
  }
}
