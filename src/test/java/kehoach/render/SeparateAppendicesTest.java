package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kehoach.Kehoach;
import kehoach.document.Stylesheet.PageStyle;
import kehoach.pages.Mark;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;
import kehoach.plan.ComputedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 2: appendices issued as files of their own (NĐ 30 Phụ lục III, Mẫu 2.2), each
 * numbered from its page 1, its "(Kèm theo …)" blanks left empty, the top right of page 1 clear for
 * the văn thư's signature; the plan's files, the appendices' and the metadata file written together
 * or not at all.
 */
class SeparateAppendicesTest {
  private static final Path NINH_THUAN = Path.of("samples/ninh-thuan-2024.yaml");
  private static final Path TAY_NINH = Path.of("samples/tay-ninh-2024.yaml");
  private static final RenderOptions SEPARATE =
      new RenderOptions(
          false, RenderOptions.Issue.ELECTRONIC, false, RenderOptions.Appendices.SEPARATE);
  private static final double MM = 72 / 25.4;

  @TempDir Path dir;

  private static Renderer renderer(RenderOptions options) throws Exception {
    return new Renderer(Optional.empty(), options);
  }

  @Test
  void eachAppendixHasFilesOfItsOwnNamedAfterItsName() throws Exception {
    List<Path> written =
        renderer(SEPARATE).withMetadata(true).render(NINH_THUAN, EnumSet.allOf(Format.class), dir);
    assertEquals(
        List.of(
            "ninh-thuan-2024.docx",
            "ninh-thuan-2024.pdf",
            "ninh-thuan-2024.txt",
            "ninh-thuan-2024.phu-luc.docx",
            "ninh-thuan-2024.phu-luc.pdf",
            "ninh-thuan-2024.phu-luc.txt",
            "ninh-thuan-2024.bieu-chi-tiet.docx",
            "ninh-thuan-2024.bieu-chi-tiet.pdf",
            "ninh-thuan-2024.bieu-chi-tiet.txt",
            "ninh-thuan-2024.metadata.json"),
        written.stream().map(p -> p.getFileName().toString()).toList());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(10, files.count(), "nothing else is written");
    }
    String plan = Files.readString(dir.resolve("ninh-thuan-2024.txt"));
    assertFalse(plan.contains("DANH MỤC NHIỆM VỤ"), "the plan's file has no appendix");
    String appendix = Files.readString(dir.resolve("ninh-thuan-2024.phu-luc.txt"));
    assertTrue(appendix.startsWith("PHỤ LỤC\nDANH MỤC NHIỆM VỤ"), appendix);
    assertFalse(appendix.contains("ỦY BAN NHÂN DÂN\nTỈNH"), "only the appendix: " + appendix);
  }

  @Test
  void theNamesAreAsciiWithTheRomanNumeralAsPrinted() {
    assertEquals("phu-luc-I", AppendixFiles.suffix(appendix("Phụ lục I")));
    assertEquals("phu-luc-IV", AppendixFiles.suffix(appendix("Phụ lục IV")));
    assertEquals("phu-luc", AppendixFiles.suffix(appendix("Phụ lục")));
    assertEquals("bieu-chi-tiet", AppendixFiles.suffix(appendix("Biểu chi tiết")));
    assertEquals("du-toan-2", AppendixFiles.suffix(appendix("Dự toán (2)")));
  }

  private static kehoach.plan.ComputedAppendix appendix(String name) {
    return new kehoach.plan.ComputedAppendix(
        "x", name, "T", new kehoach.plan.Text(List.of()), List.of(), false);
  }

  @Test
  void togetherIsAsBeforeAndPaperKeepsThemInThePlan() throws Exception {
    List<Path> written =
        renderer(RenderOptions.DEFAULT).render(NINH_THUAN, Set.of(Format.TXT), dir);
    assertEquals(List.of(dir.resolve("ninh-thuan-2024.txt")), written);
    assertTrue(Files.readString(written.get(0)).contains("DANH MỤC NHIỆM VỤ"));
  }

  /** Each appendix's file is numbered from 1, page 1 showing no number (NĐ 30 Phụ lục I §2). */
  @Test
  void eachAppendixFileIsNumberedFromOne() throws Exception {
    for (Path sample : List.of(NINH_THUAN, TAY_NINH)) {
      ComputedPlan plan = Kehoach.compute(sample);
      for (int i = 0; i < plan.appendices().size(); i++) {
        List<Page> pages = PageLayout.pages(renderer(SEPARATE).appendixDocument(plan, i));
        List<String> numbers = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
          numbers.add(pages.get(p).number());
          expected.add(p == 0 ? "" : Integer.toString(p + 1));
        }
        assertEquals(expected, numbers, sample + " appendix " + i);
        assertTrue(pages.size() >= 2, "the test sees a page 2: " + sample + " appendix " + i);
      }
    }
  }

  @Test
  void landscapeAppendicesStayLandscape() throws Exception {
    ComputedPlan plan = Kehoach.compute(TAY_NINH);
    assertTrue(plan.appendices().get(0).landscape(), "the sample's appendix is landscape");
    for (Page p : PageLayout.pages(renderer(SEPARATE).appendixDocument(plan, 0))) {
      assertTrue(p.style().landscape());
    }
  }

  /** The bracketed line cites the plan with its number and date blank, as issued electronically. */
  @Test
  void theAttachedLineLeavesNumberAndDateBlank() throws Exception {
    renderer(SEPARATE).render(TAY_NINH, Set.of(Format.TXT), dir);
    String text = Files.readString(dir.resolve("tay-ninh-2024.phu-luc.txt"));
    String attached = text.lines().filter(l -> l.startsWith("(Kèm theo")).findFirst().orElseThrow();
    assertTrue(
        attached.matches(
            "\\(Kèm theo Kế hoạch số[\\s\u00a0]+/KH-UBND ngày[\\s\u00a0]+tháng[\\s\u00a0]+năm[\\s\u00a0]*"
                + "20… của .*\\)"),
        attached);
  }

  /**
   * The văn thư's signature: a named area of 70 × 20 mm against the right margin at the top of page
   * 1 (NĐ 30 Phụ lục I mục II.8), with nothing printed in it, and on no other page.
   */
  @Test
  void page1HasTheClerksAreaAtItsTopRight() throws Exception {
    for (Path sample : List.of(NINH_THUAN, TAY_NINH)) {
      ComputedPlan plan = Kehoach.compute(sample);
      List<Page> pages = PageLayout.pages(renderer(SEPARATE).appendixDocument(plan, 0));
      Page first = pages.get(0);
      PageStyle s = first.style();
      assertEquals(1, first.areas().size(), sample.toString());
      Mark.Area area = first.areas().get(0);
      assertEquals("ChuKyCoQuan", area.name());
      assertEquals(70 * MM, area.width(), 0.01);
      assertEquals(20 * MM, area.height(), 0.01);
      assertEquals(s.left() + s.textWidth(), area.x() + area.width(), 0.01, "at the right margin");
      assertEquals(s.top(), area.y(), 0.01, "at the top of the text area");
      for (Mark m : first.marks()) {
        if (m instanceof Mark.Text t) {
          assertTrue(
              t.y() > area.y() + area.height() || t.x() + 1 < area.x(),
              "text in the clear area: " + t.text());
        }
      }
      for (Page p : pages.subList(1, pages.size())) {
        assertTrue(p.areas().isEmpty());
      }
    }
  }

  @Test
  void metadataNamesTheAppendicesFiles() throws Exception {
    renderer(SEPARATE)
        .withMetadata(true)
        .render(NINH_THUAN, EnumSet.of(Format.PDF, Format.DOCX), dir);
    JsonNode json =
        new ObjectMapper().readTree(dir.resolve("ninh-thuan-2024.metadata.json").toFile());
    JsonNode appendices = json.get("appendices");
    assertEquals(2, appendices.size());
    assertEquals(
        "[\"ninh-thuan-2024.phu-luc.docx\",\"ninh-thuan-2024.phu-luc.pdf\"]",
        appendices.get(0).get("files").toString());
    assertEquals(
        "[\"ninh-thuan-2024.bieu-chi-tiet.docx\",\"ninh-thuan-2024.bieu-chi-tiet.pdf\"]",
        appendices.get(1).get("files").toString());
    try (com.lowagie.text.pdf.PdfReader reader =
        new com.lowagie.text.pdf.PdfReader(dir.resolve("ninh-thuan-2024.pdf").toString())) {
      assertEquals(
          reader.getNumberOfPages(), json.get("pageCount").asInt(), "the plan's own file's pages");
    }
    renderer(RenderOptions.DEFAULT).withMetadata(true).render(NINH_THUAN, Set.of(Format.PDF), dir);
    JsonNode together =
        new ObjectMapper().readTree(dir.resolve("ninh-thuan-2024.metadata.json").toFile());
    assertFalse(together.get("appendices").get(0).has("files"), "in the plan's file: no files");
  }

  /**
   * One file that cannot be written (a folder in its way) and none is: not the plan's, not the
   * other appendix's, not the metadata.
   */
  @Test
  void aFileThatCannotBeWrittenWritesNone() throws Exception {
    Files.createDirectories(dir.resolve("ninh-thuan-2024.bieu-chi-tiet.pdf").resolve("in-the-way"));
    assertThrows(
        IOException.class,
        () ->
            renderer(SEPARATE)
                .withMetadata(true)
                .render(NINH_THUAN, EnumSet.of(Format.PDF, Format.DOCX), dir));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("ninh-thuan-2024.bieu-chi-tiet.pdf"),
          files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
