package kehoach.layout;

import kehoach.vi.Unbreakable;

/**
 * Marks the pieces of text no line may break inside (dates, document symbols, numbers, year ranges:
 * {@link Unbreakable}) as {@code <span class="nobreak">}, which the stylesheet keeps on one line
 * ({@code white-space: pre}: no break, spaces as written) in both writers. The characters stay as
 * they are, so a search for "QĐ-TTg" still finds them.
 */
final class Units {
  private static final String OPEN = "<span class=\"nobreak\">";
  private static final String CLOSE = "</span>";

  private Units() {}

  /** The document's body with its units marked; the head (styles, title) is left as it is. */
  static String mark(String xhtml) {
    int body = xhtml.indexOf("<body");
    if (body < 0) {
      return xhtml;
    }
    StringBuilder out = new StringBuilder(xhtml.length() + 1024);
    out.append(xhtml, 0, body);
    int at = body;
    while (at < xhtml.length()) {
      int tagEnd = xhtml.indexOf('>', at);
      if (tagEnd < 0) {
        out.append(xhtml.substring(at));
        break;
      }
      out.append(xhtml, at, tagEnd + 1);
      int next = xhtml.indexOf('<', tagEnd + 1);
      if (next < 0) {
        next = xhtml.length();
      }
      text(xhtml.substring(tagEnd + 1, next), out);
      at = next;
    }
    return out.toString();
  }

  private static void text(String text, StringBuilder out) {
    int at = 0;
    for (Unbreakable.Span span : Unbreakable.spans(text)) {
      out.append(text, at, span.start())
          .append(OPEN)
          .append(text, span.start(), span.end())
          .append(CLOSE);
      at = span.end();
    }
    out.append(text.substring(at));
  }
}
