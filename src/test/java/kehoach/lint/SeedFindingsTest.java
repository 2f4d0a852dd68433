package kehoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kehoach.word.WordDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' and references' known arithmetic errors, found in their text made Word files by {@link
 * SeedDocx}; and nothing else: their other sums were checked by hand and add up.
 */
class SeedFindingsTest {
  @TempDir Path dir;

  private List<Finding> arithmetic(String seed) {
    WordDocument doc = Docs.read(dir, SeedDocx.seed(seed));
    return new ArithmeticRules().check(doc);
  }

  /** Ninh Thuận 2024: "TỔNG CỘNG (1+2+3+4)" over three groups; every figure adds up. */
  @Test
  void ninhThuanNamesAFourthGroupItDoesNotHave() {
    List<Finding> found = arithmetic("ninh-thuan-2024.txt");
    assertEquals(
        List.of("arith.total-label"), found.stream().map(Finding::rule).toList(), found.toString());
    assertTrue(found.get(0).message().contains("TỔNG CỘNG (1+2+3+4)"), found.get(0).message());
    assertEquals("the groups present: (1+2+3)", found.get(0).expected());
  }

  /** Tây Ninh 2024 (triệu đồng) and Nam Định 2023 (no budget table) add up. */
  @Test
  void tayNinhAndNamDinhAddUp() {
    assertEquals(List.of(), arithmetic("tay-ninh-2024.txt"));
    assertEquals(List.of(), arithmetic("nam-dinh-2023.txt"));
  }

  /**
   * Reference 08 (comma thousands): its contingency "5% x TMĐT" printed as 10,000,000 and its
   * "0,38% x TMĐT x 70%" line reproduce no base; every quantity × price, subtotal and total adds
   * up.
   */
  @Test
  void reference08HasTwoPercentageLinesThatDisagreeWithTheirFormulas() {
    List<Finding> found = arithmetic("08_phutho-stttt-decuong-dutoan-qlvb-2012.txt");
    assertEquals(
        List.of("arith.percent", "arith.percent"),
        found.stream().map(Finding::rule).toList(),
        found.toString());
    assertTrue(found.get(0).message().contains("0,38% x TMĐT x 70%"), found.get(0).message());
    assertTrue(found.get(1).message().contains("5% x TMĐT"), found.get(1).message());
  }

  /** The real Word plans (task tables, no budget) give no arithmetic finding. */
  @Test
  void realPlansHaveNoArithmeticFinding() throws Exception {
    try (var files = java.nio.file.Files.list(Path.of("src/test/resources/real-docx"))) {
      List<Path> docx = files.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
      assertTrue(docx.size() >= 7, docx.toString());
      for (Path f : docx) {
        assertEquals(List.of(), new ArithmeticRules().check(Docs.read(f)), f.toString());
      }
    }
  }

  /** The seeds' budget tables are read as budget tables, a split table as one. */
  @Test
  void theSeedsBudgetTablesAreRead() {
    WordDocument ninhThuan = Docs.read(dir, SeedDocx.seed("ninh-thuan-2024.txt"));
    List<ArithTable> tables = ArithTables.read(ninhThuan);
    assertEquals(1, tables.size());
    assertEquals(1, tables.get(0).totals().size());
    WordDocument tayNinh = Docs.read(dir, SeedDocx.seed("tay-ninh-2024.txt"));
    assertEquals(1, ArithTables.read(tayNinh).size());
    assertEquals(FiguresUnit.TRIEU, ArithTables.read(tayNinh).get(0).unitOf(5).orElseThrow());
  }
}
