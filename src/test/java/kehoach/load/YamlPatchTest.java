package kehoach.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kehoach.model.PlanException;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A form's edit changes the field edited and nothing else in the file. */
class YamlPatchTest {
  private static final String NINH_THUAN = "samples/ninh-thuan-2024.yaml";
  private static final String ROW = "appendices[1].content[0].budget.rows[0].rows";

  private static String sample(String file) throws Exception {
    return Files.readString(Path.of(file));
  }

  /** The lines that differ, as "-old" and "+new", for files with the same number of lines. */
  private static List<String> changedLines(String before, String after) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    assertEquals(a.length, b.length, "the number of lines changed");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equals(b[i])) {
        out.add("-" + a[i]);
        out.add("+" + b[i]);
      }
    }
    return out;
  }

  private static Object at(String text, String... keys) {
    Object node = new Load(LoadSettings.builder().build()).loadFromString(text);
    for (String key : keys) {
      node =
          key.matches("\\d+")
              ? ((List<?>) node).get(Integer.parseInt(key))
              : ((java.util.Map<?, ?>) node).get(key);
    }
    return node;
  }

  @Test
  void settingAQuantityChangesOneLine() throws Exception {
    String before = sample(NINH_THUAN);
    String after = YamlPatch.set(NINH_THUAN, before, ROW + "[1].quantity", "13");
    assertEquals(
        List.of("-                  quantity: 12", "+                  quantity: 13"),
        changedLines(before, after));
  }

  @Test
  void settingAFieldInBracesChangesOnlyIt() throws Exception {
    String before = sample(NINH_THUAN);
    String after = YamlPatch.set(NINH_THUAN, before, ROW + "[0].quantity", "6");
    assertEquals(
        List.of(
            "-                - {content: Tiền thuê xe, unit: Ngày, quantity: 5, price: 1.000.000}",
            "+                - {content: Tiền thuê xe, unit: Ngày, quantity: 6, price: 1.000.000}"),
        changedLines(before, after));
  }

  @Test
  void aTextThatNeedsQuotesIsQuoted() throws Exception {
    String before = sample(NINH_THUAN);
    String after = YamlPatch.set(NINH_THUAN, before, "document.place", "Phan Rang: \"Tháp Chàm\"");
    assertEquals(
        List.of("-  place: Ninh Thuận", "+  place: \"Phan Rang: \\\"Tháp Chàm\\\"\""),
        changedLines(before, after));
    assertEquals("Phan Rang: \"Tháp Chàm\"", at(after, "document", "place"));
  }

  @Test
  void aNumberLikeTextStaysPlainAndNullIsQuoted() throws Exception {
    String text = "a: x\nb: 'y'\n";
    assertEquals("a: 1.000.000\nb: 'y'\n", YamlPatch.set("m.yaml", text, "a", "1.000.000"));
    assertEquals("a: \"null\"\nb: 'y'\n", YamlPatch.set("m.yaml", text, "a", "null"));
    assertEquals("a: \"~\"\nb: 'y'\n", YamlPatch.set("m.yaml", text, "a", "~"));
    assertEquals("a: \"NULL\"\nb: 'y'\n", YamlPatch.set("m.yaml", text, "a", "NULL"));
    assertEquals("a: x\nb: 'it''s'\n", YamlPatch.set("m.yaml", text, "b", "it's"));
  }

  @Test
  void aFoldedTextStaysFoldedAndWrapped() throws Exception {
    String before = sample(NINH_THUAN);
    String title = "Kế hoạch " + "rất dài ".repeat(30).strip();
    String after = YamlPatch.set(NINH_THUAN, before, "title", title);
    assertEquals(title, at(after, "title"));
    assertTrue(after.contains("title: >-\n  Kế hoạch rất dài"), after.substring(0, 2000));
    after
        .lines()
        .filter(l -> l.contains("rất dài"))
        .forEach(l -> assertTrue(l.length() <= YamlPatch.WIDTH, l));
    String rest = before.substring(before.indexOf("\nbases:"));
    assertTrue(after.endsWith(rest), "the rest of the file is kept");
    assertTrue(after.startsWith(before.substring(0, before.indexOf("title: >-"))));
  }

  @Test
  void aMissingFieldIsAddedAtTheMappingsIndentation() throws Exception {
    String before = sample(NINH_THUAN);
    String after = YamlPatch.set(NINH_THUAN, before, "document.number", "05");
    assertEquals(before.replace("  date: 2024-04\n", "  date: 2024-04\n  number: 05\n"), after);
  }

  @Test
  void aPathThatLeadsNowhereIsRefused() throws Exception {
    String text = sample(NINH_THUAN);
    PlanException e =
        assertThrows(
            PlanException.class, () -> YamlPatch.set(NINH_THUAN, text, "nothing.place", "x"));
    assertEquals("nothing.place", e.problems().get(0).path());
    assertThrows(PlanException.class, () -> YamlPatch.set(NINH_THUAN, text, "document", "x"));
    assertThrows(PlanException.class, () -> YamlPatch.set(NINH_THUAN, text, "bases.items[9]", "x"));
    assertThrows(PlanException.class, () -> YamlPatch.set(NINH_THUAN, text, "a..b", "x"));
  }

  private static final String LIST =
      """
      bases:
        items:
          # the decree
          - type: Nghị định
            number: 30/2020/NĐ-CP
          - type: Luật
            number: 77/2015/QH13
        closing: x
      bullets:
        - một
        - hai
      archive: [VT, KT]
      """;

  @Test
  void anItemMovesWithTheCommentAboveIt() throws Exception {
    String after = YamlPatch.move("m.yaml", LIST, "bases.items", 0, 1);
    assertEquals(
        LIST.replace(
            "    # the decree\n    - type: Nghị định\n      number: 30/2020/NĐ-CP\n"
                + "    - type: Luật\n      number: 77/2015/QH13\n",
            "    - type: Luật\n      number: 77/2015/QH13\n"
                + "    # the decree\n    - type: Nghị định\n      number: 30/2020/NĐ-CP\n"),
        after);
    assertEquals(LIST, YamlPatch.move("m.yaml", after, "bases.items", 1, -1));
    assertThrows(PlanException.class, () -> YamlPatch.move("m.yaml", LIST, "bullets", 1, 1));
  }

  @Test
  void itemsAreInsertedAndDeleted() throws Exception {
    String text = YamlPatch.insert("m.yaml", LIST, "bullets", 1, "rưỡi: nửa");
    assertEquals(LIST.replace("  - một\n", "  - một\n  - \"rưỡi: nửa\"\n"), text);
    text = YamlPatch.insert("m.yaml", LIST, "bases.items", 2, "type: Quyết định\nnumber: 1/QĐ");
    assertEquals(
        LIST.replace(
            "      number: 77/2015/QH13\n",
            "      number: 77/2015/QH13\n    - type: Quyết định\n      number: 1/QĐ\n"),
        text);
    assertEquals(
        LIST.replace("    # the decree\n    - type: Nghị định\n      number: 30/2020/NĐ-CP\n", ""),
        YamlPatch.delete("m.yaml", LIST, "bases.items", 0));
    String none =
        YamlPatch.delete("m.yaml", YamlPatch.delete("m.yaml", LIST, "bullets", 0), "bullets", 0);
    assertEquals(LIST.replace("bullets:\n  - một\n  - hai\n", "bullets: []\n"), none);
  }

  @Test
  void aListInBracketsIsRewrittenOnOneLine() throws Exception {
    assertEquals(
        LIST.replace("[VT, KT]", "[VT, TH, KT]"),
        YamlPatch.insert("m.yaml", LIST, "archive", 1, "TH"));
    assertEquals(
        LIST.replace("[VT, KT]", "[KT, VT]"), YamlPatch.move("m.yaml", LIST, "archive", 1, -1));
    assertEquals(LIST.replace("[VT, KT]", "[VT]"), YamlPatch.delete("m.yaml", LIST, "archive", 1));
  }

  private static final String OUTLINE =
      """
      sections:
        - title: Mục đích
          content:
            - Đoạn một.
        # the second heading
        - title: Yêu cầu
          text: >-
            Một đoạn dài
            gấp dòng.
          content:
            - title: Khoản a
        - title: Tổ chức thực hiện
      recipients: [VT]
      """;

  @Test
  void anIndentedSectionBecomesTheLastChildOfTheOneAboveWithItsComments() throws Exception {
    String after = YamlPatch.indent("m.yaml", OUTLINE, "sections", 1);
    assertEquals(
        """
        sections:
          - title: Mục đích
            content:
              - Đoạn một.
              # the second heading
              - title: Yêu cầu
                text: >-
                  Một đoạn dài
                  gấp dòng.
                content:
                  - title: Khoản a
          - title: Tổ chức thực hiện
        recipients: [VT]
        """,
        after);
  }

  @Test
  void anItemIndentedUnderAHeadingWithContentComesAfterItsLastChild() throws Exception {
    String after = YamlPatch.indent("m.yaml", OUTLINE, "sections", 2);
    assertEquals(
        OUTLINE.replace(
            "      - title: Khoản a\n  - title: Tổ chức thực hiện\n",
            "      - title: Khoản a\n      - title: Tổ chức thực hiện\n"),
        after);
  }

  @Test
  void anOutdentedItemFollowsItsParentAndAnEmptiedContentGoes() throws Exception {
    String after = YamlPatch.outdent("m.yaml", OUTLINE, "sections[1].content", 0);
    assertEquals(
        OUTLINE.replace(
            "      gấp dòng.\n    content:\n      - title: Khoản a\n",
            "      gấp dòng.\n  - title: Khoản a\n"),
        after);
    assertEquals(OUTLINE, YamlPatch.indent("m.yaml", after, "sections", 2));
  }

  @Test
  void indentAndOutdentAreRefusedWhereTheyCannotGo() {
    assertThrows(PlanException.class, () -> YamlPatch.indent("m.yaml", OUTLINE, "sections", 0));
    assertThrows(
        PlanException.class, () -> YamlPatch.indent("m.yaml", OUTLINE, "sections[0].content", 0));
    assertThrows(PlanException.class, () -> YamlPatch.outdent("m.yaml", OUTLINE, "sections", 1));
  }

  @Test
  void aJsonModelIsIndentedAndOutdentedToo() throws Exception {
    String json = JsonPatch.fromYaml(OUTLINE);
    String in = JsonPatch.indent("m.json", json, "sections", 2);
    assertEquals("Tổ chức thực hiện", at(in, "sections", "1", "content", "1", "title"));
    String out = JsonPatch.outdent("m.json", in, "sections[1].content", 1);
    assertEquals(json, out);
  }

  @Test
  void everySampleReadsTheSameAfterSettingAFieldToItsValue() throws Exception {
    for (String file : List.of(NINH_THUAN, "samples/tay-ninh-2024.yaml")) {
      String text = sample(file);
      assertEquals(
          text,
          YamlPatch.set(file, text, "document.place", (String) at(text, "document", "place")));
    }
  }
}
