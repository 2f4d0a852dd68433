package kehoach.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Puts the digits of the PDF's cross-reference table (the byte offset of every object) back to
 * ASCII. OpenPDF 2.0 writes each entry with {@code String.format("%010d %05d %c \n")}, which takes
 * its digits from the JVM's default format locale, then keeps one byte of each character: under
 * ar-SA the offsets come out in Arabic-Indic digits cut to {@code `abc…}, under th-TH-u-nu-thai as
 * {@code PQR…} — an invalid PDF that viewers repair silently, and other bytes than on any other
 * machine. Setting the JVM's default locale instead would change it for every other thread of a
 * program that uses kehoach as a library, and is no safer: another thread may set it back.
 *
 * <p>Every entry is 20 bytes, {@code oooooooooo ggggg n \n}; its generation of an object in use is
 * 0, and the free entry's offset starts with 0, so each entry shows the byte its zero was written
 * as, and its other digits follow on from it as Java's formatter writes them. The table is only
 * rewritten in place, so no offset moves.
 */
final class CrossReference {
  private static final int ENTRY = 20;

  private CrossReference() {}

  /**
   * {@code pdf} with its last cross-reference table in ASCII digits, rewritten in place (the writer
   * holds the only copy: no copy of the whole file more).
   */
  static byte[] asciiDigits(byte[] pdf) {
    int table = tableStart(pdf);
    byte[] out = pdf;
    int at = table + "xref\n".length();
    while (!startsWith(pdf, at, "trailer")) {
      int lineEnd = indexOf(pdf, (byte) '\n', at);
      String[] section = ascii(pdf, at, lineEnd).strip().split(" ");
      int count = Integer.parseInt(section[1]);
      at = lineEnd + 1;
      for (int i = 0; i < count; i++, at += ENTRY) {
        entry(out, at);
      }
    }
    return out;
  }

  /** Rewrites the entry at {@code at} in ASCII digits. */
  private static void entry(byte[] pdf, int at) {
    boolean inUse = pdf[at + 17] == 'n';
    byte zero = inUse ? pdf[at + 11] : pdf[at];
    for (int i = 0; i < 16; i++) {
      if (i == 10) {
        continue;
      }
      int digit = (pdf[at + i] - zero) & 0xff;
      if (digit > 9) {
        throw new IllegalStateException(
            "an entry of the PDF's cross-reference table is not digits");
      }
      pdf[at + i] = (byte) ('0' + digit);
    }
  }

  /** Where the table {@code startxref} points to starts. */
  private static int tableStart(byte[] pdf) {
    String tail = ascii(pdf, Math.max(0, pdf.length - 64), pdf.length);
    int mark = tail.lastIndexOf("startxref");
    if (mark < 0) {
      throw new IllegalStateException("the PDF has no startxref");
    }
    int offset = Integer.parseInt(tail.substring(mark + "startxref".length()).split("\n")[1]);
    if (!startsWith(pdf, offset, "xref\n")) {
      throw new IllegalStateException("the PDF's startxref points to no cross-reference table");
    }
    return offset;
  }

  private static boolean startsWith(byte[] pdf, int at, String text) {
    return at + text.length() <= pdf.length && ascii(pdf, at, at + text.length()).equals(text);
  }

  private static int indexOf(byte[] pdf, byte b, int from) {
    for (int i = from; i < pdf.length; i++) {
      if (pdf[i] == b) {
        return i;
      }
    }
    throw new IllegalStateException("the PDF's cross-reference table is cut short");
  }

  private static String ascii(byte[] pdf, int from, int to) {
    return new String(pdf, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
