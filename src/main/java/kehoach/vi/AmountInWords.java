package kehoach.vi;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Amounts in words, as under a budget table: {@code 74.580.000} → "Bảy mươi bốn triệu, năm trăm tám
 * mươi nghìn đồng". Defined from 0 to 10^15 đồng.
 *
 * <p>The rules (spec §9): digits are read in groups of three; an all-zero group is skipped; a zero
 * hundreds digit inside the number is read "không trăm"; a zero tens digit before a unit is "linh"
 * or "lẻ"; 10–19 use "mười", 20 and up "mươi"; after "mươi" 1 is "mốt" and 4 may be "tư"; after
 * "mười" or "mươi" 5 is "lăm".
 */
public final class AmountInWords {
  /** The largest amount kehoach spells: 10^15 đồng (một triệu tỷ đồng). */
  public static final BigInteger MAX = BigInteger.TEN.pow(15);

  private static final String[] DIGITS = {
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"
  };

  private AmountInWords() {}

  /** The amount in words with its ending and a capital first letter. */
  public static String of(BigInteger dong, WordStyle style) {
    return VietnameseText.capitalizeFirst(number(dong, style) + " " + style.ending());
  }

  /** The number alone, lower case: {@code 105} → "một trăm linh năm". */
  public static String number(BigInteger value, WordStyle style) {
    if (value.signum() < 0 || value.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("amounts in words go from 0 to 10^15, not " + value);
    }
    if (value.signum() == 0) {
      return DIGITS[0];
    }
    List<Integer> groups = groupsOfThree(value);
    List<String> parts = new ArrayList<>();
    for (int i = groups.size() - 1; i >= 0; i--) {
      int group = groups.get(i);
      if (group == 0) {
        continue;
      }
      boolean leading = i == groups.size() - 1;
      String words = readGroup(group, !leading, style);
      String scale = scale(i, style);
      parts.add(scale.isEmpty() ? words : words + " " + scale);
    }
    return String.join(style.commas() ? ", " : " ", parts);
  }

  /** Groups of three digits, least significant first. */
  private static List<Integer> groupsOfThree(BigInteger value) {
    List<Integer> groups = new ArrayList<>();
    BigInteger thousand = BigInteger.valueOf(1000);
    BigInteger rest = value;
    while (rest.signum() > 0) {
      BigInteger[] qr = rest.divideAndRemainder(thousand);
      groups.add(qr[1].intValue());
      rest = qr[0];
    }
    return groups;
  }

  /** The scale word of the {@code i}-th group: "", nghìn, triệu, tỷ, nghìn tỷ, triệu tỷ. */
  private static String scale(int i, WordStyle style) {
    return switch (i) {
      case 0 -> "";
      case 1 -> style.thousand();
      case 2 -> "triệu";
      case 3 -> "tỷ";
      case 4 -> style.thousand() + " tỷ";
      case 5 -> "triệu tỷ";
      default -> throw new IllegalArgumentException("group " + i + " is beyond 10^15");
    };
  }

  /**
   * Reads one group of three digits. Inside a number (not the leading group) the hundreds digit is
   * always read, "không trăm" included, so that 1.005.000 is "một triệu không trăm linh năm nghìn".
   */
  private static String readGroup(int group, boolean inside, WordStyle style) {
    int hundreds = group / 100;
    int tens = group / 10 % 10;
    int units = group % 10;
    List<String> words = new ArrayList<>();
    boolean hundredsRead = hundreds > 0 || inside;
    if (hundredsRead) {
      words.add(DIGITS[hundreds] + " trăm");
    }
    if (tens == 0) {
      if (units > 0) {
        if (hundredsRead) {
          words.add(style.zeroTens());
        }
        words.add(DIGITS[units]);
      }
    } else if (tens == 1) {
      words.add("mười");
      if (units > 0) {
        words.add(units == 5 ? "lăm" : DIGITS[units]);
      }
    } else {
      words.add(DIGITS[tens] + " mươi");
      if (units > 0) {
        words.add(unitAfterMuoi(units, style));
      }
    }
    return String.join(" ", words);
  }

  private static String unitAfterMuoi(int units, WordStyle style) {
    return switch (units) {
      case 1 -> "mốt";
      case 4 -> style.fourAfterTens();
      case 5 -> "lăm";
      default -> DIGITS[units];
    };
  }
}
