package kehoach.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.model.SourceMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Refuses text the bundled font cannot show, naming the character and the text around it, rather
 * than letting a writer drop it silently.
 */
public final class GlyphCheck {
  /** The characters of the bundled font's regular face, the face the check has always asked. */
  private static final FontCmap FONT =
      FontCmap.read(Fonts.readUpTo(Fonts.FILES.get(0), List.of("cmap", "maxp")));

  private GlyphCheck() {}

  /** Checks every paragraph and cell of {@code document}. */
  public static void check(XhtmlDocument document) throws PlanException {
    List<Problem> problems = new ArrayList<>();
    visit(document.body(), problems);
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
  }

  /**
   * Checks the texts of a model, by field path, as the loader read them: a character the font lacks
   * is reported at the field that holds it, where the author can fix it, rather than in the
   * document, which has no lines the author wrote.
   */
  public static void check(Map<String, String> texts, SourceMap sources) throws PlanException {
    List<Problem> problems = new ArrayList<>();
    texts.forEach(
        (path, text) ->
            missing(text).forEach(i -> problems.add(sources.problem(path, message(text, i)))));
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
  }

  /**
   * Whether the check of a document would pass {@code text} in a paragraph or cell: every character
   * but white space is in the font.
   */
  public static boolean printable(String text) {
    return missing(text).isEmpty();
  }

  /** Whether the check of a document would pass the character {@code cp}. */
  public static boolean printable(int cp) {
    return Character.isWhitespace(cp) || canDisplay(cp);
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
    for (int i : missing(text)) {
      problems.add(new Problem(Location.ofFile("the plan's text"), "", message(text, i)));
    }
  }

  /** Where in {@code text} are characters the font lacks, each character named once. */
  private static List<Integer> missing(String text) {
    List<Integer> at = new ArrayList<>(0);
    Set<Integer> named = new HashSet<>(0);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && !canDisplay(cp) && named.add(cp)) {
        at.add(i);
      }
      i += Character.charCount(cp);
    }
    return at;
  }

  private static boolean canDisplay(int cp) {
    return FONT.canDisplay(cp);
  }

  /** What is wrong with the character at {@code i} of {@code text}, with the text around it. */
  private static String message(String text, int i) {
    int cp = text.codePointAt(i);
    String context = text.substring(Math.max(0, i - 30), Math.min(text.length(), i + 30)).strip();
    return String.format(
        Locale.ROOT,
        "the character \"%s\" (U+%04X) cannot be printed in the bundled font; it is in"
            + " \"…%s…\"",
        new String(Character.toChars(cp)),
        cp,
        context);
  }
}
