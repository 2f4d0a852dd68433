package kehoach.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import kehoach.model.Block.Span;
import org.junit.jupiter.api.Test;

/** Where merged cells reach, in a table of four columns: the rules the loader and plan share. */
class CellSpansTest {
  private final CellSpans<String> spans = new CellSpans<>(4);

  @Test
  void aCellCoversTheColumnsToItsRightAndTheRowsBelow() {
    spans.nextRow();
    assertEquals(new Span(2, 2), spans.start(1, new Span(2, 2), "A"));
    assertEquals(Optional.of("A"), spans.cover(2), "to its right in its own row");
    spans.nextRow();
    assertEquals(
        List.of(Optional.empty(), Optional.of("A"), Optional.of("A"), Optional.empty()),
        List.of(spans.cover(0), spans.cover(1), spans.cover(2), spans.cover(3)),
        "below it");
    spans.nextRow();
    assertEquals(Optional.empty(), spans.cover(1), "no further than its rows");
  }

  @Test
  void aCellReachesNoFurtherRightThanTheLastColumn() {
    spans.nextRow();
    assertEquals(new Span(1, 1), spans.start(3, new Span(2, 1), "A"));
  }

  @Test
  void aCellReachesNoFurtherRightThanACellAboveCovers() {
    spans.nextRow();
    spans.start(2, new Span(1, 2), "A");
    spans.nextRow();
    assertEquals(new Span(1, 1), spans.start(1, new Span(3, 1), "B"));
  }

  @Test
  void theEndOfALevelCutsTheCellsThatReachPastIt() {
    spans.nextRow();
    spans.start(0, new Span(1, 3), "A");
    spans.start(1, new Span(2, 2), "B");
    spans.nextRow();
    assertEquals(List.of("A"), spans.end(), "B ends here, A was to reach one row further");
    spans.nextRow();
    assertEquals(Optional.empty(), spans.cover(0), "nothing reaches past the end");
  }
}
