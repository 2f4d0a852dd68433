package kehoach.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kehoach.Kehoach;
import kehoach.document.GlyphCheck;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link BundledLayout} vouches for holds: the bundled templates write no more than its bound
 * for the samples and for plans made to write the most per character and per value, and it does not
 * vouch for a text whose capitals the font lacks.
 */
class BundledLayoutTest {
  private static final Path NINH_THUAN = Path.of("samples/ninh-thuan-2024.yaml");

  /** Ninh Thuận's first section, whose content the plans below put items in front of. */
  private static final String FIRST_SECTION =
      "sections:\n  - title: Mục tiêu, nhiệm vụ\n    role: objectives\n    content:\n";

  /** The task table's columns, whose rows the plans below put rows in front of. */
  private static final String TASK_ROWS =
      "          columns: [stt, content, lead, partners, result]\n          rows:\n";

  /** The budget table's rows, which the plans below replace. */
  private static final String BUDGET_ROWS =
      "          numbering: [arabic, dash]\n          total: 74.580.000\n          rows:\n";

  static Stream<Arguments> plans() throws IOException {
    String nt = Files.readString(NINH_THUAN);
    List<Arguments> plans = new ArrayList<>();
    for (String sample : List.of("ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023")) {
      plans.add(Arguments.of(sample, Files.readString(Path.of("samples", sample + ".yaml"))));
    }
    // a title printed four times, of the characters escaped longest
    plans.add(Arguments.of("title-of-quotes", title(nt, "\\\"&<".repeat(3000))));
    // a title of numbers, each a unit the layout marks
    plans.add(Arguments.of("title-of-numbers", title(nt, "1 ".repeat(5000))));
    plans.add(
        Arguments.of("paragraphs-of-one", before(nt, FIRST_SECTION, "      - \"1\"\n", 5000)));
    plans.add(
        Arguments.of(
            "bullets-of-one",
            nt.replace(
                FIRST_SECTION,
                FIRST_SECTION + "      - bullets:\n" + "          - \"1\"\n".repeat(5000))));
    StringBuilder headings = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      headings.append("      - title: \"").append(i).append("\"\n        content: [\"1\"]\n");
    }
    plans.add(Arguments.of("headings", nt.replace(FIRST_SECTION, FIRST_SECTION + headings)));
    plans.add(
        Arguments.of(
            "rows-of-one",
            before(
                nt,
                TASK_ROWS,
                "            - {content: \"1\", lead: \"1\", partners: \"1\", result: \"1\"}\n",
                3000)));
    plans.add(
        Arguments.of(
            "rows-nearly-empty", before(nt, TASK_ROWS, "            - {content: \"1\"}\n", 3000)));
    plans.add(
        Arguments.of(
            "budget-lines",
            budget(
                nt, "            - {content: \"1\", unit: \"1\", quantity: 1, price: 1}\n", 3000)));
    plans.add(
        Arguments.of(
            "budget-groups",
            budget(
                nt,
                "            - content: \"1\"\n              rows:\n"
                    + "                - {content: \"1\", amount: 1}\n",
                1500)));
    return plans.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void theTemplatesWriteNoMoreThanTheBound(String name, String model) throws PlanException {
    ComputedPlan plan = Kehoach.compute(name + ".yaml", model);
    BundledLayout.Size size = BundledLayout.size(plan, Long.MAX_VALUE);
    assertTrue(size.vouched(), name);
    long written = Layout.of(Optional.empty()).xhtml(plan).length();
    assertTrue(
        written <= size.bound(), name + " wrote " + written + ", over its bound " + size.bound());
  }

  /** The point of the bound: the samples, and plans several times their size, are vouched for. */
  @Test
  void thePlansOfTheSamplesAreVouchedFor() throws Exception {
    for (String sample : List.of("ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023")) {
      assertTrue(BundledLayout.accepts(Kehoach.compute(Path.of("samples", sample + ".yaml"))));
    }
    String nt = Files.readString(NINH_THUAN);
    String four = before(nt, TASK_ROWS, rowsOf(nt), 3);
    assertTrue(BundledLayout.accepts(Kehoach.compute("four-times.yaml", four)));
  }

  /** A plan whose bound passes what a layout may write is laid out: only that can tell. */
  @Test
  void aPlanOverTheBoundIsNotVouchedFor() throws Exception {
    String nt = Files.readString(NINH_THUAN);
    ComputedPlan large =
        Kehoach.compute(
            "large.yaml", before(nt, TASK_ROWS, "            - {content: \"1\"}\n", 6000));
    assertFalse(BundledLayout.accepts(large));
    BundledLayout.Size size = BundledLayout.size(large, Long.MAX_VALUE);
    assertTrue(size.vouched());
    assertTrue(size.bound() > BundledLayout.MOST);
  }

  /**
   * Every character the font has whose capital, small letter or title case it lacks is found (the
   * templates and the planner change the case of texts); the font has them all for Vietnamese.
   */
  @Test
  void aTextWhoseCapitalsTheFontLacksIsNotVouchedFor() {
    assertTrue(GlyphCheck.printable('ɐ'));
    assertFalse(GlyphCheck.printable('Ɐ'));
    assertFalse(BundledLayout.printableInEveryCase("Biểu ɐ"));
    assertFalse(BundledLayout.printableInEveryCase("Ɐ"));
    assertTrue(
        BundledLayout.printableInEveryCase(
            "Ủy ban nhân dân tỉnh Ninh Thuận: Đắk Lắk, Thừa Thiên Huế, KHCN&ĐMST \"1.000\" ß"));
    int found = 0;
    for (int cp = 0x80; cp < 0x30000; cp++) {
      if (GlyphCheck.printable(cp)
          && !(GlyphCheck.printable(Character.toUpperCase(cp))
              && GlyphCheck.printable(Character.toLowerCase(cp))
              && GlyphCheck.printable(Character.toTitleCase(cp)))) {
        assertFalse(BundledLayout.printableInEveryCase(Character.toString(cp)), "U+" + cp);
        found++;
      }
    }
    assertTrue(found > 0, "no character whose other case the bundled font lacks");
  }

  /** Texts that References could read as a style loading by address, when printed in a tag. */
  @Test
  void aTextThatCouldReadAsAStyleIsNotVouchedFor() {
    assertTrue(BundledLayout.styleLike("Triển khai style=url(x)"));
    assertTrue(BundledLayout.styleLike("URL(x)"));
    assertTrue(BundledLayout.styleLike("@IMPORT"));
    assertTrue(BundledLayout.styleLike("Style"));
    assertFalse(BundledLayout.styleLike("Kế hoạch (KHCN&ĐMST) số 05/KH-UBND, email: a@b.vn"));
  }

  private static String title(String model, String title) {
    int start = model.indexOf("\ntitle: ");
    int end = model.indexOf("\nbases:");
    return model.substring(0, start) + "\ntitle: \"" + title + "\"" + model.substring(end);
  }

  /** {@code model} with {@code item} {@code times} after {@code anchor}. */
  private static String before(String model, String anchor, String item, int times) {
    assertTrue(model.contains(anchor), anchor);
    return model.replace(anchor, anchor + item.repeat(times));
  }

  /** {@code model} with its budget's rows replaced by {@code row} {@code times}. */
  private static String budget(String model, String row, int times) {
    int at = model.indexOf(BUDGET_ROWS);
    assertTrue(at >= 0);
    int end = model.indexOf("\n  - ", at);
    String rows = "          numbering: [arabic, dash]\n          rows:\n" + row.repeat(times);
    String rest = end < 0 ? "\n" : model.substring(end);
    // the body states the sample's total: it states the computed one instead
    return model.substring(0, at).replace("${total=74.580.000}", "${total}") + rows + rest;
  }

  /** The rows of the task table of {@code model}, as written. */
  private static String rowsOf(String model) {
    int at = model.indexOf(TASK_ROWS) + TASK_ROWS.length();
    int end = model.indexOf("\n\n  - id: detail", at) + 1;
    return model.substring(at, end);
  }
}
