package kehoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kehoach.word.WordDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each arithmetic rule shown a small hand-made Word plan that breaks it, and the same plan put
 * right. The plans are written in the seeds' text format (TAB tables) and made DOCX by {@link
 * SeedDocx}, then read with the reader lint uses.
 */
class ArithmeticRulesTest {
  private static final String HEADER =
      "STT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)";

  @TempDir Path dir;

  private List<String> rules(String... lines) {
    WordDocument doc = Docs.read(dir, SeedDocx.of(String.join("\n", lines)));
    return new ArithmeticRules().check(doc).stream().map(Finding::rule).toList();
  }

  private List<Finding> findings(String... lines) {
    WordDocument doc = Docs.read(dir, SeedDocx.of(String.join("\n", lines)));
    return new ArithmeticRules().check(doc);
  }

  /** A plan's opening paragraphs, so that its tables are not read as the header's layout. */
  private static final String[] OPENING = {
    "KẾ HOẠCH", "Triển khai nhiệm vụ năm 2024", "I. MỤC TIÊU", "II. KINH PHÍ THỰC HIỆN"
  };

  private static String[] plan(String... lines) {
    String[] all = new String[OPENING.length + lines.length];
    System.arraycopy(OPENING, 0, all, 0, OPENING.length);
    System.arraycopy(lines, 0, all, OPENING.length, lines.length);
    return all;
  }

  @Test
  void aRightBudgetHasNoFinding() {
    assertEquals(
        List.of(),
        rules(
            plan(
                "Tổng kinh phí thực hiện: 7.000.000 đồng (Bảy triệu đồng chẵn).",
                "Đơn vị tính: đồng",
                HEADER,
                "<b>1</b>\t<b>Khảo sát</b>\t\t\t\t<b>6.000.000</b>",
                "-\tTiền thuê xe\tNgày\t5\t1.000.000\t5.000.000",
                "-\tVăn phòng phẩm\t\t\t\t1.000.000",
                "<b>2</b>\t<b>Hội nghị</b>\t\t\t\t<b>1.000.000</b>",
                "-\tNước uống\tNgười\t50\t20.000\t1.000.000",
                "\t<b>TỔNG CỘNG (1+2)</b>\t\t\t\t<b>7.000.000</b>",
                "(Bằng chữ: Bảy triệu đồng./.)")));
  }

  @Test
  void aRowWhoseAmountIsNotQuantityTimesPrice() {
    List<Finding> found =
        findings(
            plan(
                HEADER,
                "1\tTiền thuê xe\tNgày\t5\t1.000.000\t5.100.000",
                "\tTỔNG CỘNG\t\t\t\t5.100.000"));
    assertEquals(List.of("arith.row"), found.stream().map(Finding::rule).toList());
    assertTrue(found.get(0).expected().contains("5.000.000"), found.get(0).expected());
  }

  @Test
  void unitsOfPriceAndAmountColumnsAreTakenIntoAccount() {
    String header = "STT\tNội dung\tĐVT\tSố lượng\tĐơn giá (đồng)\tThành tiền (nghìn đồng)";
    assertEquals(
        List.of(),
        rules(plan(header, "1\tThuê xe\tNgày\t5\t1.000.000\t5.000", "\tTổng cộng\t\t\t\t5.000")));
    assertEquals(
        List.of("arith.row"),
        rules(
            plan(
                header,
                "1\tThuê xe\tNgày\t5\t1.000.000\t5.000.000",
                "\tTổng cộng\t\t\t\t5.000.000")));
  }

  @Test
  void aGroupThatIsNotTheSumOfItsRows() {
    assertEquals(
        List.of("arith.group"),
        rules(
            plan(
                HEADER,
                "<b>1</b>\t<b>Khảo sát</b>\t\t\t\t<b>7.000.000</b>",
                "-\tTiền thuê xe\tNgày\t5\t1.000.000\t5.000.000",
                "-\tVăn phòng phẩm\t\t\t\t1.000.000",
                "\t<b>TỔNG CỘNG</b>\t\t\t\t<b>7.000.000</b>")));
  }

  @Test
  void aGrandTotalThatIsNotTheSumOfTheGroups() {
    assertEquals(
        List.of("arith.total"),
        rules(
            plan(
                HEADER,
                "I\tThông tin\t\t\t\t15.000.000",
                "\tHội nghị\tLần\t1\t15.000.000\t15.000.000",
                "II\tĐào tạo\t\t\t\t120.000.000",
                "1\tKhóa đào tạo\tLần\t1\t80.000.000\t80.000.000",
                "2\tHội thảo\tLần\t2\t20.000.000\t40.000.000",
                "\tTổng cộng (I+II)\t\t\t\t145.000.000")));
  }

  @Test
  void aTotalLabelNamingAGroupThatDoesNotExist() {
    List<Finding> found =
        findings(
            plan(
                HEADER,
                "1\tKhảo sát\t\t\t\t1.000.000",
                "2\tHội nghị\t\t\t\t2.000.000",
                "3\tĐào tạo\t\t\t\t3.000.000",
                "TỔNG CỘNG (1+2+3+4)\t\t\t\t\t6.000.000"));
    assertEquals(List.of("arith.total-label"), found.stream().map(Finding::rule).toList());
    assertTrue(found.get(0).message().contains("names 4"), found.get(0).message());
    assertEquals("the groups present: (1+2+3)", found.get(0).expected());
  }

  @Test
  void aTotalLabelLeavingOutAGroup() {
    List<Finding> found =
        findings(
            plan(
                HEADER,
                "I\tKhảo sát\t\t\t\t1.000.000",
                "II\tHội nghị\t\t\t\t2.000.000",
                "III\tĐào tạo\t\t\t\t3.000.000",
                "\tTổng cộng (I+II)\t\t\t\t6.000.000"));
    assertEquals(List.of("arith.total-label"), found.stream().map(Finding::rule).toList());
    assertTrue(found.get(0).message().contains("leaves out III"), found.get(0).message());
  }

  @Test
  void aTotalInTheTextThatDisagreesWithTheTable() {
    String[] table = {
      "Đơn vị tính: đồng",
      HEADER,
      "1\tHội nghị\tLần\t1\t74.580.000\t74.580.000",
      "\tTỔNG CỘNG\t\t\t\t74.580.000"
    };
    String[] wrong = concat(new String[] {"Tổng kinh phí thực hiện: 74.000.000 đồng."}, table);
    String[] inMillions =
        concat(new String[] {"Tổng kinh phí thực hiện là 74,58 triệu đồng."}, table);
    assertEquals(List.of("arith.text-total"), rules(plan(wrong)));
    assertEquals(List.of(), rules(plan(inMillions)));
  }

  @Test
  void aQuantityTotalInTheTextThatDisagreesWithTheTableColumnOfItsUnit() {
    String[] table = {
      "STT\tHuyện\tDiện tích (ha)", "1\tBác Ái\t100", "2\tNinh Sơn\t163", "\tTổng cộng\t263"
    };
    List<Finding> found =
        findings(
            plan(concat(new String[] {"Tổng diện tích trồng rừng năm 2024 là 228 ha."}, table)));
    assertEquals(List.of("arith.text-total"), found.stream().map(Finding::rule).toList());
    assertTrue(found.get(0).expected().startsWith("263 ha"), found.get(0).expected());
    assertEquals(
        List.of(),
        rules(plan(concat(new String[] {"Tổng diện tích trồng rừng năm 2024 là 263 ha."}, table))));
  }

  @Test
  void anAmountInWordsThatDoesNotReadItsFigure() {
    String[] table = {
      "Đơn vị tính: đồng",
      HEADER,
      "1\tHội nghị\tLần\t1\t74.580.000\t74.580.000",
      "\tTỔNG CỘNG (1)\t\t\t\t74.580.000"
    };
    assertEquals(
        List.of("arith.words"),
        rules(
            plan(
                concat(
                    table, new String[] {"(Bằng chữ: Bảy mươi bốn triệu, năm trăm nghìn đồng)"}))));
    assertEquals(
        List.of(),
        rules(
            plan(
                concat(
                    table,
                    new String[] {
                      "Bằng chữ: bảy mươi tư triệu năm trăm tám mươi ngàn đồng chẵn./."
                    }))));
    assertEquals(
        List.of("arith.words"),
        rules(plan("Tổng kinh phí: 140.000.000 đồng (Một trăm bốn mươi lăm triệu đồng).")));
  }

  @Test
  void aPercentageLineThatNoBaseReproduces() {
    String header = "Mã số\tHạng mục\tCông thức tính\tThành tiền (VNĐ)";
    String good = "Gdp\tChi phí dự phòng\t5% x TMĐT\t9,702,350";
    String bad = "Gdp\tChi phí dự phòng\t5% x TMĐT\t10,000,000";
    String[] right = {
      header,
      "Gtb\tChi phí phần mềm\t\t190,000,000",
      "Gqlda\tChi phí quản lý dự án\t2,13%xGtbtt\t4,047,000",
      good,
      "Tổng dự toán (làm tròn)\t\t\t203,749,350"
    };
    assertEquals(List.of(), rules(plan(right)));
    String[] wrong = right.clone();
    wrong[3] = bad;
    wrong[4] = "Tổng dự toán (làm tròn)\t\t\t204,047,000";
    List<Finding> found = findings(plan(wrong));
    assertEquals(List.of("arith.percent"), found.stream().map(Finding::rule).toList());
    assertTrue(found.get(0).message().contains("5% x TMĐT"), found.get(0).message());
  }

  /** Kinh phí split over its sources under a merged header: Tổng số | NSTW | NSĐP | Khác. */
  private static final String[] SPLIT_HEADER = {
    "STT\tNội dung\tKinh phí (đồng)\t<\t<\t<", "^\t^\tTổng số\tNSTW\tNSĐP\tKhác"
  };

  private static String[] split(String... rows) {
    return plan(concat(SPLIT_HEADER, rows));
  }

  private static final String[] SPLIT_RIGHT = {
    "I\tTuyên truyền\t30.000.000\t10.000.000\t15.000.000\t5.000.000",
    "1\tHội nghị\t20.000.000\t10.000.000\t5.000.000\t5.000.000",
    "2\tTờ rơi\t10.000.000\t\t10.000.000\t",
    "II\tĐào tạo\t40.000.000\t20.000.000\t20.000.000\t",
    "1\tLớp tập huấn\t40.000.000\t20.000.000\t20.000.000\t",
    "\tTỔNG CỘNG (I+II)\t70.000.000\t30.000.000\t35.000.000\t5.000.000"
  };

  @Test
  void aRightBudgetSplitOverSourcesHasNoFinding() {
    assertEquals(List.of(), rules(split(SPLIT_RIGHT)));
    ArithTable table =
        ArithTables.read(Docs.read(dir, SeedDocx.of(String.join("\n", split(SPLIT_RIGHT))))).get(0);
    assertEquals(List.of(2, 3, 4, 5), table.columns().amounts());
    assertEquals(2, table.columns().splits().get(0).total());
    assertEquals(6, table.lines().size(), "the two header rows are not data");
  }

  @Test
  void aRowWhoseSourcesDoNotAddUpToItsTotal() {
    List<Finding> found =
        findings(split("1\tHội nghị\t20.000.000\t10.000.000\t5.000.000\t4.000.000"));
    assertEquals(List.of("arith.sources"), found.stream().map(Finding::rule).toList());
    assertTrue(found.get(0).message().contains("NSTW + NSĐP + Khác"), found.get(0).message());
    assertTrue(found.get(0).expected().endsWith("19.000.000"), found.get(0).expected());
    assertEquals(3, found.get(0).place().column(), "the Tổng số column");
  }

  @Test
  void eachSourceColumnsGroupIsCheckedAgainstItsRows() {
    String[] wrong = SPLIT_RIGHT.clone();
    wrong[1] = "1\tHội nghị\t20.000.000\t8.000.000\t5.000.000\t7.000.000";
    List<Finding> found = findings(split(wrong));
    assertEquals(List.of("arith.group", "arith.group"), found.stream().map(Finding::rule).toList());
    assertEquals(
        List.of(4, 6), found.stream().map(f -> f.place().column()).toList(), "NSTW and Khác");
  }

  @Test
  void eachSourceColumnsGrandTotalIsCheckedAgainstTheGroups() {
    String[] wrong = SPLIT_RIGHT.clone();
    wrong[5] = "\tTỔNG CỘNG (I+II)\t70.000.000\t31.000.000\t34.000.000\t5.000.000";
    List<Finding> found = findings(split(wrong));
    assertEquals(List.of("arith.total", "arith.total"), found.stream().map(Finding::rule).toList());
    assertEquals(List.of(4, 5), found.stream().map(f -> f.place().column()).toList());
  }

  @Test
  void quantityTimesPriceIsCheckedAgainstTheSplitTotalColumn() {
    String[] header = {
      "STT\tNội dung\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)\t<\t<",
      "^\t^\t^\t^\tTổng cộng\tNSTW\tNSĐP"
    };
    String right = "1\tHội nghị\t2\t10.000.000\t20.000.000\t15.000.000\t5.000.000";
    String wrong = "1\tHội nghị\t3\t10.000.000\t20.000.000\t15.000.000\t5.000.000";
    assertEquals(List.of(), rules(plan(concat(header, new String[] {right}))));
    List<Finding> found = findings(plan(concat(header, new String[] {wrong})));
    assertEquals(List.of("arith.row"), found.stream().map(Finding::rule).toList());
    assertEquals(5, found.get(0).place().column());
  }

  @Test
  void sourcesUnderNguonVonBesideATotalColumn() {
    String[] header = {
      "STT\tNội dung\tTổng kinh phí (triệu đồng)\tNguồn vốn\t<\t<",
      "^\t^\t^\tNgân sách tỉnh\tNgân sách huyện\tXã hội hóa"
    };
    assertEquals(
        List.of(), rules(plan(concat(header, new String[] {"1\tHội nghị\t20\t10\t6\t4"}))));
    assertEquals(
        List.of("arith.sources"),
        rules(plan(concat(header, new String[] {"1\tHội nghị\t20\t10\t6\t5"}))));
  }

  @Test
  void aThreeRowHeaderWithTrongDoIsReadDownToItsSources() {
    String[] header = {
      "STT\tNội dung\tKinh phí (đồng)\t<\t<", "^\t^\tTổng số\tTrong đó\t<", "^\t^\t^\tNSTW\tNSĐP"
    };
    assertEquals(
        List.of(),
        rules(
            plan(concat(header, new String[] {"1\tHội nghị\t15.000.000\t10.000.000\t5.000.000"}))));
    assertEquals(
        List.of("arith.sources"),
        rules(
            plan(concat(header, new String[] {"1\tHội nghị\t15.000.000\t10.000.000\t6.000.000"}))));
  }

  @Test
  void aSplitWithoutATotalColumnIsCheckedColumnByColumn() {
    String[] header = {"STT\tNội dung\tKinh phí (đồng)\t<", "^\t^\tNSTW\tNSĐP"};
    String[] rows = {
      "1\tHội nghị\t10.000.000\t5.000.000",
      "2\tTờ rơi\t\t3.000.000",
      "\tTổng cộng\t10.000.000\t9.000.000"
    };
    List<Finding> found = findings(plan(concat(header, rows)));
    assertEquals(List.of("arith.total"), found.stream().map(Finding::rule).toList());
    assertEquals(4, found.get(0).place().column());
  }

  @Test
  void anAmountInWordsInTheTablesLastRowIsReadAgainstItsTotal() {
    String[] header = {"STT\tNội dung\tKinh phí (đồng)\t<", "^\t^\tNSTW\tNSĐP"};
    String[] rows = {"1\tHội nghị\t10.000.000\t5.000.000", "\tTổng cộng\t10.000.000\t5.000.000"};
    String right = "(Bằng chữ: Mười lăm triệu đồng)\t<\t<\t<";
    String wrong = "(Bằng chữ: Mười triệu đồng)\t<\t<\t<";
    assertEquals(List.of(), rules(plan(concat(concat(header, rows), new String[] {right}))));
    List<Finding> found = findings(plan(concat(concat(header, rows), new String[] {wrong})));
    assertEquals(List.of("arith.words"), found.stream().map(Finding::rule).toList());
    assertEquals("mười lăm triệu đồng", found.get(0).expected().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void anAmountInWordsInACellBesideTheTotalIsRead() {
    String header = "STT\tNội dung\tThành tiền (nghìn đồng)\tGhi chú";
    String[] right = {
      header,
      "1\tHội nghị\t74.580\t",
      "\tTổng cộng\t74.580\tBằng chữ: Bảy mươi tư triệu năm trăm tám mươi nghìn đồng"
    };
    assertEquals(List.of(), rules(plan(right)));
    String[] wrong = right.clone();
    wrong[2] = "\tTổng cộng\t74.580\tBằng chữ: Bảy mươi tư nghìn năm trăm tám mươi đồng";
    List<Finding> found = findings(plan(wrong));
    assertEquals(List.of("arith.words"), found.stream().map(Finding::rule).toList());
    assertEquals(4, found.get(0).place().column());
  }

  @Test
  void kehoachsOwnSamplesHaveNoArithmeticFinding() {
    for (String sample : Docs.samples()) {
      WordDocument doc = Docs.read(dir, Docs.sampleDocx(sample));
      assertEquals(List.of(), new ArithmeticRules().check(doc), sample);
      boolean budget = !sample.equals("nam-dinh-2023");
      assertEquals(budget, !ArithTables.read(doc).isEmpty(), sample + ": its budget table is read");
    }
  }

  @Test
  void aMutatedSampleTotalIsFound() {
    WordDocument doc =
        Docs.mutated(dir, "ninh-thuan-2024", d -> Docs.replaceText(d, "5.940.000", "5.950.000"));
    List<String> rules = new ArithmeticRules().check(doc).stream().map(Finding::rule).toList();
    assertEquals(List.of("arith.group", "arith.total"), rules);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
