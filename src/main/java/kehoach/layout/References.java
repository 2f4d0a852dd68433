package kehoach.layout;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses templates' output that refers to anything outside itself: images and other embedded
 * content, style sheets or fonts by address ({@code url(…)}, {@code @import}), and DOCTYPEs. No
 * writer would load them (kehoach reads no file and no address a template names), so an image would
 * be silently missing from the plan; an office is told instead, with the template that wrote it.
 * Model text cannot trip this: it is escaped, so its {@code <} never starts markup.
 */
final class References {
  /** Elements whose point is content from elsewhere: none of them can be drawn. */
  private static final Set<String> EMBEDDING =
      Set.of(
          "img",
          "image",
          "picture",
          "source",
          "svg",
          "object",
          "embed",
          "iframe",
          "frame",
          "frameset",
          "link",
          "script",
          "audio",
          "video",
          "track",
          "base",
          "use");

  /** What was refused: where in the output, the text to look for in the template, and why. */
  record Refusal(int offset, String needle, String message) {}

  private References() {}

  /** The first reference in {@code xhtml} that kehoach refuses, if any. */
  static Optional<Refusal> find(String xhtml) {
    int at = xhtml.indexOf('<');
    while (at >= 0) {
      Optional<Refusal> refusal = Optional.empty();
      int next;
      if (xhtml.startsWith("<!--", at)) {
        next = after(xhtml, "-->", at);
      } else if (xhtml.startsWith("<![CDATA[", at)) {
        next = after(xhtml, "]]>", at);
      } else if (xhtml.startsWith("<!", at)) {
        refusal = Optional.of(declaration(xhtml, at));
        next = after(xhtml, ">", at);
      } else if (xhtml.startsWith("<?", at)) {
        refusal = instruction(xhtml, at);
        next = after(xhtml, "?>", at);
      } else {
        next = after(xhtml, ">", at);
        refusal = tag(xhtml, at, next);
      }
      if (refusal.isPresent()) {
        return refusal;
      }
      at = xhtml.indexOf('<', next);
    }
    return Optional.empty();
  }

  private static int after(String xhtml, String end, int from) {
    int i = xhtml.indexOf(end, from);
    return i < 0 ? xhtml.length() : i + end.length();
  }

  private static Refusal declaration(String xhtml, int at) {
    String word = name(xhtml, at + 2);
    return new Refusal(
        at,
        "<!" + word,
        "<!"
            + word
            + "> is not allowed: the templates write XHTML without a DOCTYPE or entities, and"
            + " kehoach loads nothing they name");
  }

  private static Optional<Refusal> instruction(String xhtml, int at) {
    String target = name(xhtml, at + 2);
    if (target.equalsIgnoreCase("xml-stylesheet")) {
      return Optional.of(
          new Refusal(
              at,
              "<?" + target,
              "<?xml-stylesheet?> is not supported: the one stylesheet is the <style> of"
                  + " page.ftlx, and kehoach loads no file and no address a template names"));
    }
    return Optional.empty();
  }

  /** An element that embeds, or a style (element or attribute) that loads by address. */
  private static Optional<Refusal> tag(String xhtml, int at, int end) {
    boolean closing = xhtml.startsWith("</", at);
    String qualified = name(xhtml, at + (closing ? 2 : 1));
    String local = qualified.substring(qualified.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    if (closing || local.isEmpty()) {
      return Optional.empty();
    }
    if (EMBEDDING.contains(local)) {
      return Optional.of(
          new Refusal(
              at,
              "<" + qualified,
              "<"
                  + local
                  + "> is not supported: kehoach lays out text and tables only, and loads no file"
                  + " and no address a template names"));
    }
    String tagText = xhtml.substring(at, end);
    if (tagText.contains("style=")) {
      Optional<Refusal> inAttribute = loading(tagText, at);
      if (inAttribute.isPresent()) {
        return inAttribute;
      }
    }
    if (local.equals("style")) {
      int close = xhtml.indexOf("</", end);
      return loading(xhtml.substring(end, close < 0 ? xhtml.length() : close), end);
    }
    return Optional.empty();
  }

  /** {@code url(…)} or {@code @import} in CSS text starting at {@code offset} of the output. */
  private static Optional<Refusal> loading(String css, int offset) {
    String lower = css.toLowerCase(Locale.ROOT);
    for (String needle : new String[] {"url(", "@import"}) {
      int i = lower.indexOf(needle);
      if (i >= 0) {
        return Optional.of(
            new Refusal(
                offset + i,
                css.substring(i, i + needle.length()),
                needle
                    + " in a style is not supported: kehoach loads no file and no address a"
                    + " template names (fonts and look come from page.ftlx's own rules)"));
      }
    }
    return Optional.empty();
  }

  /** The name that starts at {@code from}: letters, digits and {@code - _ : .}. */
  private static String name(String xhtml, int from) {
    int end = from;
    while (end < xhtml.length()) {
      char c = xhtml.charAt(end);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.')) {
        break;
      }
      end++;
    }
    return xhtml.substring(from, end);
  }
}
