package kehoach.wordimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.Block.Numbering;

/**
 * The number a paragraph starts with, typed by hand ("II.", "2.", "2.1.", "a)", "-", "+") or
 * printed by Word's automatic numbering, told apart by its kind, since kehoach numbers the parts
 * itself and only the level survives an import.
 */
final class Labels {
  private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.)/:]\\s*(.*)$");
  private static final Pattern DECIMAL =
      Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(.*)$");
  private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(\\D.*)$");
  private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*\\)\\s*(.*)$");
  private static final Pattern DASH = Pattern.compile("^[-–—•]\\s*(.*)$");
  private static final Pattern PLUS = Pattern.compile("^\\+\\s*(.*)$");

  private Labels() {}

  /**
   * A paragraph's number and its text without it.
   *
   * @param kind how the number is written: the level kehoach gives the same numbering
   * @param label the number as printed, "II." or "a)"
   * @param rest the text after it
   */
  record Label(Numbering kind, String label, String rest) {}

  /** The label of {@code text} (with Word's automatic {@code listLabel} before it), if any. */
  static Optional<Label> of(String listLabel, String text) {
    if (!listLabel.isBlank()) {
      return of("", listLabel.strip() + " " + text).map(l -> new Label(l.kind(), l.label(), text));
    }
    return match(ROMAN, Numbering.ROMAN, text)
        .or(() -> match(DECIMAL, Numbering.DECIMAL, text))
        .or(() -> match(ARABIC, Numbering.ARABIC, text))
        .or(() -> match(LETTER, Numbering.LETTER, text))
        .or(() -> match(PLUS, Numbering.PLUS, text))
        .or(() -> dash(text));
  }

  /** A dash item; "-" alone or a figure like "-5%" is not one. */
  private static Optional<Label> dash(String text) {
    Matcher m = DASH.matcher(text);
    if (!m.matches() || m.group(1).isEmpty() || text.length() < 2 || text.charAt(1) != ' ') {
      return Optional.empty();
    }
    return Optional.of(new Label(Numbering.DASH, text.substring(0, 1), m.group(1)));
  }

  private static Optional<Label> match(Pattern p, Numbering kind, String text) {
    Matcher m = p.matcher(text);
    if (!m.matches() || m.group(m.groupCount()).isBlank()) {
      return Optional.empty();
    }
    String rest = m.group(m.groupCount());
    return Optional.of(
        new Label(kind, text.substring(0, text.length() - rest.length()).strip(), rest));
  }

  /** The numbering kehoach gives the children of a part at {@code depth} (sections are 1). */
  static Numbering defaultFor(int depth) {
    return switch (depth) {
      case 0 -> Numbering.ROMAN;
      case 1 -> Numbering.ARABIC;
      case 2 -> Numbering.LETTER;
      case 3 -> Numbering.DASH;
      default -> Numbering.PLUS;
    };
  }
}
