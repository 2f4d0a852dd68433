package kehoach.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wording around the appendices and the body: the line under an appendix's title, paragraphs
 * set apart, marks in Nơi nhận, and căn cứ that end and break where their author wrote it.
 */
class WordingTest {
  private static final String BASES_CLOSING = "UBND tỉnh ban hành Kế hoạch như sau:";

  /** The minimal model with {@code yaml} (top-level fields) put before its sections. */
  private static ComputedPlan withTopLevel(String yaml) throws PlanException {
    return Kehoach.compute("plan.yaml", Models.minimal().replace("sections:", yaml + "sections:"));
  }

  /** A line as printed, bold and italic shown as {@code <b>} and {@code <i>}; "⏎" a line break. */
  private static String printed(Text text) {
    StringBuilder s = new StringBuilder();
    for (Text.Run r : text.runs()) {
      String t = r.text().replace("\n", "⏎");
      t = r.italic() ? "<i>" + t + "</i>" : t;
      s.append(r.bold() ? "<b>" + t + "</b>" : t);
    }
    return s.toString();
  }

  // ---- (Kèm theo …) -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # by default: "Kèm theo" and the plan as NĐ 30 §7 cites it
          | {number: 5, place: Lào Cai, date: 2026-01-05} | (Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai)
          # the model's own words, with the plan's number, short date and issuer as kehoach prints them
          Ban hành kèm theo Kế hoạch số ${number} ngày ${date:short} của ${issuer} | {number: 5, place: Lào Cai, date: 2026-01-05} | (Ban hành kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Lào Cai)
          # before signing: blanks where the number and the day will go
          Ban hành kèm theo Kế hoạch số ${number} ngày ${date:short} của ${issuer} | {place: Lâm Đồng, date: 2025-12} | "(Ban hành kèm theo Kế hoạch số      /KH-UBND ngày      /12/2025 của Ủy ban nhân dân tỉnh Lào Cai)"
          # a draft: the day blank even when known
          Ban hành kèm theo Kế hoạch số ${number} ngày ${date:short} | {number: 5, place: Lào Cai, date: 2026-01-05, draft: true} | "(Ban hành kèm theo Kế hoạch số      /KH-UBND ngày      /01/2026)"
          # the default's pieces: the whole reference, the long date
          Ban hành kèm theo ${reference} | {number: 5, place: Lào Cai, date: 2026-01-05} | (Ban hành kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai)
          Kèm theo Kế hoạch ${date} | {number: 5, place: Lào Cai, date: 2026-01-05} | (Kèm theo Kế hoạch ngày 05 tháng 01 năm 2026)
          # free text; brackets the author wrote are not doubled
          (Kèm theo Tờ trình số 51/TTr-SNV) | {number: 5, place: Lào Cai, date: 2026-01-05} | (Kèm theo Tờ trình số 51/TTr-SNV)
          # a line break written in it is kept
          Kèm theo Kế hoạch số ${number}\\ncủa ${issuer} | {number: 5, place: Lào Cai, date: 2026-01-05} | (Kèm theo Kế hoạch số 05/KH-UBND⏎của Ủy ban nhân dân tỉnh Lào Cai)
          """)
  void theLineUnderAnAppendixTitleTakesTheModelsWording(
      String attached, String document, String expected) throws PlanException {
    String m = Models.minimal();
    String yaml =
        m.substring(0, m.indexOf("document:"))
            + "document: "
            + document
            + "\n"
            + m.substring(m.indexOf("title:"));
    if (attached != null) {
      yaml =
          yaml.replace(
              "    title: Dự toán kinh phí\n",
              "    title: Dự toán kinh phí\n    attached: \"" + attached + "\"\n");
    }
    ComputedPlan plan = Kehoach.compute("plan.yaml", yaml);
    assertEquals(expected, printed(plan.appendices().get(0).attachedTo()));
  }

  @Test
  void anUnknownPlaceholderInTheAttachedLineIsAProblemAtTheField() {
    String yaml =
        Models.minimal()
            .replace(
                "    title: Dự toán kinh phí\n",
                "    title: Dự toán kinh phí\n    attached: Kèm theo Kế hoạch số ${so}\n");
    List<Problem> p =
        assertThrows(PlanException.class, () -> Kehoach.compute("plan.yaml", yaml)).problems();
    assertEquals(1, p.size(), p::toString);
    assertEquals("appendices[0].attached", p.get(0).path());
    assertEquals("plan.yaml:22:15", p.get(0).location().toString());
    assertEquals(
        "unknown placeholder ${so} in the line under the appendix's title; expected"
            + " ${reference}, ${number}, ${date}, ${date:short}, ${issuer}",
        p.get(0).message());
  }

  // ---- paragraphs set apart -----------------------------------------------------------------

  /** The last part of the budget section after {@code block} is put at its end. */
  private static Part lastPartWith(String block) throws PlanException {
    String yaml =
        Models.minimal()
            .replace(
                "chi tiết tại ${appendix:budget}.\"\n",
                "chi tiết tại ${appendix:budget}.\"\n      - " + block + "\n");
    Part.Heading section = (Part.Heading) Kehoach.compute("plan.yaml", yaml).body().get(0);
    return section.parts().get(section.parts().size() - 1);
  }

  private static String described(Part part) {
    if (part instanceof Part.Paragraph p) {
      return "paragraph, align "
          + p.align().orElse("as the stylesheet")
          + ", "
          + (p.indent() ? "indented" : "not indented")
          + ": "
          + p.text().plain();
    }
    Part.Heading h = (Part.Heading) part;
    return "heading " + h.label() + " " + h.text().plain();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # align or indent make a paragraph of running text, not numbered; it still ends the body with ./.
          "{text: '(Phân công nhiệm vụ theo ${appendix:budget} đính kèm)', align: center}" | paragraph, align center, indented: (Phân công nhiệm vụ theo Phụ lục đính kèm)./.
          "{text: Văn bản sát lề, indent: false}"                                      | paragraph, align as the stylesheet, not indented: Văn bản sát lề./.
          "{text: Căn phải, align: right, indent: false}"                              | paragraph, align right, not indented: Căn phải./.
          # text alone is a numbered paragraph, a khoản without a title, as before
          "{text: Khoản không tiêu đề}"                                                 | heading 1. Khoản không tiêu đề./.
          """)
  void aParagraphWithAlignOrIndentIsSetApartAndNotNumbered(String block, String expected)
      throws PlanException {
    assertEquals(expected, described(lastPartWith(block)));
  }

  // ---- Nơi nhận -----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # a recipient's marks print as bold and italic, as in body text; never as stars
          Bộ Khoa học và Công nghệ (*b/cáo*);                          | - Bộ Khoa học và Công nghệ (<i>b/cáo</i>);
          "{name: '**Thường trực Tỉnh ủy**', note: '*để báo cáo*'}"    | - <b>Thường trực Tỉnh ủy</b> (<i>để báo cáo</i>);
          # each line ends with ";" (NĐ 30 §6), also inside a closing mark
          Sở Nội vụ.                                                   | - Sở Nội vụ;
          "'**Sở Tài chính;**'"                                        | - <b>Sở Tài chính</b>;
          # \\* is a star
          Sở \\*Xây dựng                                               | - Sở *Xây dựng;
          """)
  void recipientsPrintTheirMarksLikeBodyText(String recipient, String expected)
      throws PlanException {
    String yaml =
        Models.minimal().replace("recipients: [Bộ Nội vụ]", "recipients:\n  - " + recipient);
    List<Text> lines = Kehoach.compute("plan.yaml", yaml).recipients();
    assertEquals(expected, printed(lines.get(0)));
    assertEquals("- Lưu: VT, NC.", printed(lines.get(1)));
  }

  // ---- căn cứ -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # NĐ 30 §4: kehoach ends a căn cứ with ";", and the last with "." when no closing sentence follows
          Luật Đầu tư công ngày 29/11/2024      | closing | Căn cứ Luật Đầu tư công ngày 29/11/2024;
          Luật Đầu tư công ngày 29/11/2024      | last    | Căn cứ Luật Đầu tư công ngày 29/11/2024.
          # an ending the author wrote is kept as written (before issue 9, item 5, kehoach replaced it: "." became ";", ";" at the end ".")
          Luật Đầu tư công;                     | closing | Căn cứ Luật Đầu tư công;
          Luật Đầu tư công.                     | closing | Căn cứ Luật Đầu tư công.
          Luật Đầu tư công;                     | last    | Căn cứ Luật Đầu tư công;
          Luật Đầu tư công,                     | closing | Căn cứ Luật Đầu tư công,
          "Nghị định số 30/2020/NĐ-CP, cụ thể:" | closing | Căn cứ Nghị định số 30/2020/NĐ-CP, cụ thể:
          # an ending inside a closing mark is an ending; spaces are not
          Luật *Đầu tư công.*                   | closing | Căn cứ Luật <i>Đầu tư công.</i>
          "Luật Đầu tư công   "                 | closing | Căn cứ Luật Đầu tư công;
          """)
  void eachBasisEndsAsItsAuthorEndedItOrAsTheDecreeSays(
      String basis, String position, String expected) throws PlanException {
    String closing = position.equals("closing") ? "  closing: \"" + BASES_CLOSING + "\"\n" : "";
    ComputedPlan plan = withTopLevel("bases:\n  items:\n    - text: \"" + basis + "\"\n" + closing);
    assertEquals(expected, printed(plan.bases().get(0)));
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # inline: the joiner between bases, the separator before the closing sentence
          Luật A  | Luật B  | closing | Căn cứ Luật A; Luật B, UBND tỉnh ban hành Kế hoạch như sau:
          # an ending the author wrote stands in for the joiner's or separator's own punctuation
          Luật A; | Luật B. | closing | Căn cứ Luật A; Luật B. UBND tỉnh ban hành Kế hoạch như sau:
          Luật A. | Luật B: | closing | Căn cứ Luật A. Luật B: UBND tỉnh ban hành Kế hoạch như sau:
          # without a closing sentence the last ends with "." (it ended with the decree's end mark ./. before)
          Luật A  | Luật B  | last    | Căn cứ Luật A; Luật B.
          Luật A  | Luật B; | last    | Căn cứ Luật A; Luật B;
          """)
  void inlineBasesDoNotDoubleTheAuthorsEnding(
      String first, String second, String position, String expected) throws PlanException {
    String closing = position.equals("closing") ? "  closing: \"" + BASES_CLOSING + "\"\n" : "";
    ComputedPlan plan =
        withTopLevel(
            "bases:\n  layout: inline\n  items:\n    - text: \""
                + first
                + "\"\n    - text: \""
                + second
                + "\"\n"
                + closing);
    assertEquals(List.of(expected), plan.bases().stream().map(WordingTest::printed).toList());
  }

  @ParameterizedTest(name = "joiner \"{0}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          # a line break the author writes between inline bases is kept, not made a space
          '; '        | Căn cứ Luật A; Luật B; UBND tỉnh ban hành Kế hoạch như sau:
          ';\\n'      | Căn cứ Luật A;⏎Luật B;⏎UBND tỉnh ban hành Kế hoạch như sau:
          # the spaces around the break are not printed
          ' ; \\n  '  | Căn cứ Luật A ;⏎Luật B ;⏎UBND tỉnh ban hành Kế hoạch như sau:
          """)
  void aLineBreakBetweenInlineBasesStaysALineBreak(String joiner, String expected)
      throws PlanException {
    ComputedPlan plan =
        withTopLevel(
            "bases:\n  layout: inline\n  joiner: \""
                + joiner
                + "\"\n  separator: \""
                + joiner
                + "\"\n  items: [{text: Luật A}, {text: Luật B}]\n  closing: \""
                + BASES_CLOSING
                + "\"\n");
    assertEquals(expected, printed(plan.bases().get(0)));
  }

  @Test
  void aLineBreakWrittenInABlockIsKeptWhereFoldedLinesJoin() throws PlanException {
    String literal =
        """
        bases:
          layout: inline
          items:
            - |
              Căn cứ Luật A;
              Căn cứ Luật B
            - >
              Căn cứ Luật C
              ngày 01/7/2025
          closing: "UBND tỉnh ban hành Kế hoạch như sau:"
        """;
    ComputedPlan plan = withTopLevel(literal);
    assertEquals(
        "Căn cứ Luật A;⏎Căn cứ Luật B; Căn cứ Luật C ngày 01/7/2025, UBND tỉnh ban hành Kế hoạch"
            + " như sau:",
        printed(plan.bases().get(0)));
  }

  @Test
  void aParagraphWrittenAsTextAloneKeepsTheStylesheetsLook() throws PlanException {
    Part.Heading section =
        (Part.Heading) Kehoach.compute("plan.yaml", Models.minimal()).body().get(0);
    Part.Paragraph p = (Part.Paragraph) section.parts().get(0);
    assertEquals(Optional.empty(), p.align());
    assertTrue(p.indent());
  }
}
