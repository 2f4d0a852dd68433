package kehoach.pages;

import java.util.List;
import kehoach.document.Stylesheet.PageStyle;

/**
 * One laid-out page: its geometry, what it shows, and its number as printed (empty on a page that
 * shows none, such as the first page of the plan and of each appendix).
 */
public record Page(PageStyle style, String number, List<Mark> marks) {
  public Page {
    marks = List.copyOf(marks);
  }

  /** The clear areas of the page (signature images), in the order laid out; none on most pages. */
  public List<Mark.Area> areas() {
    return marks.stream().filter(m -> m instanceof Mark.Area).map(m -> (Mark.Area) m).toList();
  }
}
