package kehoach.word;

import java.util.List;
import java.util.stream.Stream;

/**
 * A paragraph with its effective formatting.
 *
 * @param number its place among all the body's paragraphs, those in tables included, from 1, as a
 *     finding names it ("paragraph 12")
 * @param text its text as it reads: Word's non-breaking hyphen and no-break space read as '-' and '
 *     ', tabs as one space, spaces collapsed, stripped; an automatic list label is NOT part of it
 * @param listLabel the label Word's automatic numbering prints before it ("1.", "a)", "-"), or ""
 *     for none; computed from numbering.xml's format and the count so far where POI can
 * @param runs its runs with text, each run's effective formatting
 * @param align {@code left}, {@code center}, {@code right} or {@code both} (justified)
 * @param firstLineMm first-line indent in millimetres (negative for a hanging indent)
 * @param leftMm left indent in millimetres
 * @param lineSpacing line spacing as a multiple of single (1.0 single; an exact or at-least spacing
 *     in points is turned into a multiple of 1.15 × the size of its largest run)
 * @param spaceBeforePt space before in points
 * @param spaceAfterPt space after in points
 * @param keepWithNext Word's keep-with-next
 * @param pageBreakBefore page break before it (the property, or a page break run at its start)
 * @param style the paragraph style's name (e.g. "Heading 1"), or ""
 * @param table where it sits when inside a table, or null in the body
 * @param bottomBorder whether a border is drawn under it (w:pBdr bottom), as some drafters rule the
 *     agency and the Tiêu ngữ
 * @param topBorder whether a border is drawn over it (w:pBdr top): an empty paragraph with a top
 *     border is a rule under the paragraph before it, as kehoach draws its rules
 * @param drawnLine whether a line shape (DrawingML or VML) is anchored in it, the way Word draws
 *     the rules under the agency, the Tiêu ngữ and the trích yếu
 * @param page the page it starts on as Word last laid the document out (w:lastRenderedPageBreak),
 *     from 1, or 0 when the file does not say (one not saved by Word)
 * @param keepLines Word's keep-lines-together (w:keepLines, effective): the paragraph is not split
 *     across pages
 */
public record WordParagraph(
    int number,
    String text,
    String listLabel,
    List<WordRun> runs,
    String align,
    double firstLineMm,
    double leftMm,
    double lineSpacing,
    double spaceBeforePt,
    double spaceAfterPt,
    boolean keepWithNext,
    boolean pageBreakBefore,
    String style,
    CellPlace table,
    boolean bottomBorder,
    boolean topBorder,
    boolean drawnLine,
    int page,
    boolean keepLines)
    implements Block {

  @Override
  public Stream<WordParagraph> paragraphs() {
    return Stream.of(this);
  }

  /** Whether every run with visible text is bold (false for an empty paragraph). */
  public boolean bold() {
    return runs.stream().anyMatch(WordRun::visible)
        && runs.stream().filter(WordRun::visible).allMatch(WordRun::bold);
  }

  /** Whether every run with visible text is italic (false for an empty paragraph). */
  public boolean italic() {
    return runs.stream().anyMatch(WordRun::visible)
        && runs.stream().filter(WordRun::visible).allMatch(WordRun::italic);
  }

  /** The first words, up to about 40 characters, to name the paragraph in a finding. */
  public String firstWords() {
    String t = (listLabel.isEmpty() ? "" : listLabel + " ") + text;
    if (t.length() <= 40) {
      return t;
    }
    int cut = t.lastIndexOf(' ', 40);
    return t.substring(0, cut > 20 ? cut : 40) + "…";
  }

  /**
   * Where a paragraph sits in a table.
   *
   * @param table the table's index among the body's tables, from 0
   * @param row the row, from 0
   * @param column the grid column the cell starts in, from 0
   */
  public record CellPlace(int table, int row, int column) {}
}
