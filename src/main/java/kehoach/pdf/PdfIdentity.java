package kehoach.pdf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import kehoach.document.Reproducible;

/**
 * Replaces what OpenPDF draws at random, the font-subset tags ({@code ABCDEF+LiberationSerif}) and
 * the file identifier ({@code /ID}), with values derived from the document's content. Every
 * replacement has the length of what it replaces, so the file's cross-reference offsets stay right.
 */
final class PdfIdentity {
  private PdfIdentity() {}

  /**
   * {@code pdf} with its subset tags ({@code /([A-Z]{6})\+([A-Za-z0-9-]+)}, each tag found in the
   * order written) and its {@code /ID [<32 hex><32 hex>]} derived from {@code content}, rewritten
   * in place: every replacement has the length of what it replaces. The file is scanned as bytes,
   * once, and the content hashed once for all its digests (issue 14: the regular expressions over
   * the whole file as a string, copied four times, and a hash of the whole XHTML per font were a
   * tenth of the PDF's time).
   */
  static byte[] derive(byte[] pdf, String content) {
    Function<String, byte[]> digest = Reproducible.digests(content);
    Map<String, byte[]> tags = new HashMap<>();
    int i = 0;
    while (i < pdf.length) {
      int end = subsetEnd(pdf, i);
      if (end < 0) {
        i++;
        continue;
      }
      String font = ascii(pdf, i + 8, end);
      byte[] tag = tags.computeIfAbsent(ascii(pdf, i + 1, i + 7) + font, k -> tag(digest, font));
      System.arraycopy(tag, 0, pdf, i + 1, tag.length);
      i = end;
    }
    byte[] id =
        HexFormat.of()
            .formatHex(digest.apply("pdf id"), 0, 16)
            .getBytes(StandardCharsets.ISO_8859_1);
    // the identifier is in the trailer, at the end: the rest of the file is not read for it again
    for (int at = trailer(pdf); at + ID_LENGTH <= pdf.length; at++) {
      if (pdf[at] == '/' && isId(pdf, at)) {
        System.arraycopy(id, 0, pdf, at + 6, 32);
        System.arraycopy(id, 0, pdf, at + 40, 32);
        at += ID_LENGTH - 1;
      }
    }
    return pdf;
  }

  /** Where the last {@code trailer} starts, or 0 when there is none. */
  private static int trailer(byte[] pdf) {
    for (int at = pdf.length - "trailer".length(); at >= 0; at--) {
      if (pdf[at] == 't' && startsWith(pdf, at, "trailer")) {
        return at;
      }
    }
    return 0;
  }

  /** {@code /ID [<} 32 hex digits {@code ><} 32 hex digits {@code >]}. */
  private static final int ID_LENGTH = 6 + 32 + 2 + 32 + 2;

  private static boolean isId(byte[] pdf, int at) {
    if (!startsWith(pdf, at, "/ID [<")
        || !startsWith(pdf, at + 38, "><")
        || !startsWith(pdf, at + 72, ">]")) {
      return false;
    }
    for (int k = 0; k < 32; k++) {
      if (!hex(pdf[at + 6 + k]) || !hex(pdf[at + 40 + k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the subset name starting at {@code at} ends ({@code /ABCDEF+} and one or more of {@code
   * [A-Za-z0-9-]}), or -1 when none starts there.
   */
  private static int subsetEnd(byte[] pdf, int at) {
    if (pdf[at] != '/' || at + 8 >= pdf.length || pdf[at + 7] != '+') {
      return -1;
    }
    for (int k = 1; k <= 6; k++) {
      if (pdf[at + k] < 'A' || pdf[at + k] > 'Z') {
        return -1;
      }
    }
    int end = at + 8;
    while (end < pdf.length && nameCharacter(pdf[end])) {
      end++;
    }
    return end > at + 8 ? end : -1;
  }

  private static boolean nameCharacter(byte b) {
    return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-';
  }

  private static boolean hex(byte b) {
    return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
  }

  private static boolean startsWith(byte[] pdf, int at, String text) {
    if (at + text.length() > pdf.length) {
      return false;
    }
    for (int k = 0; k < text.length(); k++) {
      if (pdf[at + k] != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static String ascii(byte[] pdf, int from, int to) {
    return new String(pdf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** Six capital letters, as PDF subset tags are, from the content and the font's name. */
  private static byte[] tag(Function<String, byte[]> digest, String font) {
    byte[] hash = digest.apply(font);
    byte[] tag = new byte[6];
    for (int i = 0; i < 6; i++) {
      tag[i] = (byte) ('A' + Math.floorMod(hash[i], 26));
    }
    return tag;
  }
}
