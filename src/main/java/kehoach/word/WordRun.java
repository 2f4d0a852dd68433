package kehoach.word;

/**
 * A run of text with its effective formatting.
 *
 * @param text the run's text (tabs as a space; no-break hyphen and space as '-' and ' ')
 * @param font the effective ASCII/Unicode font name (w:rFonts ascii or hAnsi, theme fonts resolved
 *     through the theme), e.g. "Times New Roman"
 * @param sizePt the effective size in points (w:sz / 2; Word's default 10 pt when nothing says)
 * @param bold effective bold
 * @param italic effective italic
 * @param underline effective underline (any kind but none)
 * @param caps whether w:caps prints it in capitals
 */
public record WordRun(
    String text,
    String font,
    double sizePt,
    boolean bold,
    boolean italic,
    boolean underline,
    boolean caps) {

  /** Whether the run prints something other than spaces. */
  public boolean visible() {
    return !text.isBlank();
  }
}
