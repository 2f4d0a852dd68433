package kehoach.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import kehoach.Models;
import kehoach.model.Block;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fields of paragraphs set apart ({text, align, indent}) and of an appendix's "(Kèm theo …)"
 * line are read like every other: each mistake one message, where it was written.
 */
class WordingFieldsTest {
  /** The minimal model with {@code block} after the paragraph of its one section. */
  private static String withBlock(String block) {
    return Models.minimal()
        .replace(
            "chi tiết tại ${appendix:budget}.\"\n",
            "chi tiết tại ${appendix:budget}.\"\n      - " + block + "\n");
  }

  private static Problem only(String yaml) {
    List<Problem> p =
        assertThrows(PlanException.class, () -> PlanLoader.load("plan.yaml", yaml)).problems();
    assertEquals(1, p.size(), () -> "expected one problem, got " + p);
    return p.get(0);
  }

  @Test
  void readsAParagraphSetApart() throws PlanException {
    var plan = PlanLoader.load("plan.yaml", withBlock("{text: x, align: center, indent: false}"));
    assertEquals(
        new Block.Paragraph("x", Optional.of(Block.Align.CENTER), false),
        plan.plan().sections().get(0).content().get(1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # align is one of four words; the nearest is suggested
          "{text: x, align: centre}"           | content[1].align  | 13:26 | expected one of left, center, right, justify, found "centre" (did you mean "center"?)
          "{text: x, indent: không}"           | content[1].indent | 13:27 | expected true or false, found "không"
          # a mistyped name gets the nearest, align and indent among the names
          "{text: x, aling: center}"           | content[1].aling  | 13:19 | unknown field "aling"; did you mean "align"?
          "{text: x, indnet: false}"           | content[1].indnet | 13:19 | unknown field "indnet"; did you mean "indent"?
          # a paragraph set apart has text only: no title, content, numbering or role
          "{text: x, align: center, title: T}" | content[1].title  | 13:41 | "title" belongs to a heading; a paragraph with align or indent has only text
          "{align: center}"                    | content[1]        | 13:9  | missing field "text": expected the paragraph's text
          """)
  void aParagraphsMistakeIsReportedAtItsField(
      String block, String path, String at, String message) {
    Problem p = only(withBlock(block));
    assertEquals("sections[0]." + path, p.path());
    assertEquals("plan.yaml:" + at, p.location().toString());
    assertEquals(message, p.message());
  }

  @Test
  void aMistypedAttachedGetsTheNearestName() {
    Problem p =
        only(
            Models.minimal()
                .replace(
                    "    title: Dự toán kinh phí\n",
                    "    title: Dự toán kinh phí\n    atached: Kèm theo ${reference}\n"));
    assertEquals("appendices[0].atached", p.path());
    assertEquals("plan.yaml:22:5", p.location().toString());
    assertEquals("unknown field \"atached\"; did you mean \"attached\"?", p.message());
  }
}
