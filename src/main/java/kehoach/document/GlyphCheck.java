package kehoach.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Refuses text the bundled font cannot show, naming the character and the text around it, rather
 * than letting a writer drop it silently.
 */
public final class GlyphCheck {
  private static final Font FONT = load();

  private GlyphCheck() {}

  private static Font load() {
    try {
      return Font.createFont(
          Font.TRUETYPE_FONT, new ByteArrayInputStream(Fonts.read(Fonts.FILES.get(0))));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("the bundled font is unusable", e);
    }
  }

  /** Checks every paragraph and cell of {@code document}. */
  public static void check(XhtmlDocument document) throws PlanException {
    List<Problem> problems = new ArrayList<>();
    visit(document.body(), problems);
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
  }

  private static void visit(Element e, List<Problem> problems) {
    String name = e.getLocalName();
    if (name.equals("p") || name.equals("td") || name.equals("th")) {
      checkText(e.getTextContent(), problems);
      return;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        visit(child, problems);
      }
    }
  }

  private static void checkText(String text, List<Problem> problems) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && !FONT.canDisplay(cp)) {
        String context =
            text.substring(Math.max(0, i - 30), Math.min(text.length(), i + 30)).strip();
        problems.add(
            new Problem(
                Location.ofFile("the plan's text"),
                "",
                String.format(
                    "the character \"%s\" (U+%04X) cannot be printed in the bundled font; it is in"
                        + " \"…%s…\"",
                    new String(Character.toChars(cp)), cp, context)));
      }
      i += Character.charCount(cp);
    }
  }
}
