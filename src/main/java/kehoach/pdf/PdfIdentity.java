package kehoach.pdf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.document.Reproducible;

/**
 * Replaces what OpenPDF draws at random, the font-subset tags ({@code ABCDEF+LiberationSerif}) and
 * the file identifier ({@code /ID}), with values derived from the document's content. Every
 * replacement has the length of what it replaces, so the file's cross-reference offsets stay right.
 */
final class PdfIdentity {
  private static final Pattern SUBSET = Pattern.compile("/([A-Z]{6})\\+([A-Za-z0-9-]+)");
  private static final Pattern ID =
      Pattern.compile("/ID \\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>]");

  private PdfIdentity() {}

  static byte[] derive(byte[] pdf, String content) {
    // ISO-8859-1 maps bytes to chars one to one, so offsets in the string are offsets in the file.
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Map<String, String> tags = new HashMap<>();
    Matcher m = SUBSET.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String tag = tags.computeIfAbsent(m.group(1) + m.group(2), k -> tag(content, m.group(2)));
      m.appendReplacement(out, Matcher.quoteReplacement("/" + tag + "+" + m.group(2)));
    }
    m.appendTail(out);
    String id = HexFormat.of().formatHex(Reproducible.digest(content, "pdf id"), 0, 16);
    String result = ID.matcher(out).replaceAll("/ID [<" + id + "><" + id + ">]");
    if (result.length() != text.length()) {
      throw new IllegalStateException("a replacement changed the PDF's length");
    }
    return result.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Six capital letters, as PDF subset tags are, from the content and the font's name. */
  private static String tag(String content, String font) {
    byte[] hash = Reproducible.digest(content, font);
    StringBuilder tag = new StringBuilder(6);
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + Math.floorMod(hash[i], 26)));
    }
    return tag.toString();
  }
}
