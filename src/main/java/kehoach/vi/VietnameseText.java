package kehoach.vi;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers that every stage needs: NFC normalisation and Vietnamese upper case. */
public final class VietnameseText {
  /** The Vietnamese locale, for case mapping. */
  public static final Locale VI = Locale.forLanguageTag("vi-VN");

  private VietnameseText() {}

  /**
   * Normalises to Unicode NFC: decomposed marks (as some editors and PDF converters produce) would
   * otherwise be misplaced by PDF writers and compare unequal in diffs.
   */
  public static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Upper case as the decree prints agency names and headings: {@code Ủy ban} → {@code ỦY BAN}. */
  public static String upper(String text) {
    return nfc(text).toUpperCase(VI);
  }

  /** Capitalises the first letter only, as amounts in words and sentences are written. */
  public static String capitalizeFirst(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(text.substring(Character.charCount(first)))
        .toString();
  }
}
