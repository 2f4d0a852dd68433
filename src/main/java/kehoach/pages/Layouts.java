package kehoach.pages;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * What the page layout decided about a document's tables, which the DOCX must decide the same way
 * for Word to lay the tables out as the PDF shows them: the rows tall enough to continue on the
 * next page, and each table's column widths after widening a column too narrow for its longest
 * number.
 */
public final class Layouts {
  final Set<Element> tallRows = new HashSet<>();
  final Map<Element, List<Double>> columns = new HashMap<>();
  final Set<Element> breaksBefore = new HashSet<>();
  final Set<Element> keepsWithNext = new HashSet<>();

  Layouts() {}

  /** Whether {@code row} is taller than a third of a page, and so may split across pages. */
  public boolean tall(Element row) {
    return tallRows.contains(row);
  }

  /**
   * Whether the page breaks before {@code paragraph} because the table that ends its section, kept
   * with it, left no room under it for the paragraph Word puts there.
   */
  public boolean breaksBefore(Element paragraph) {
    return breaksBefore.contains(paragraph);
  }

  /**
   * Whether {@code paragraph} is kept with the next though its style does not say so: a one-line
   * paragraph before the signature, which takes two lines of text with it.
   */
  public boolean keepsWithNext(Element paragraph) {
    return keepsWithNext.contains(paragraph);
  }

  /** The widths of {@code table}'s columns in points, when the layout changed them. */
  public Optional<List<Double>> columns(Element table) {
    return Optional.ofNullable(columns.get(table)).map(List::copyOf);
  }
}
