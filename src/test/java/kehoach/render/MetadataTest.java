package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.cli.Main;
import kehoach.model.PlanException;
import kehoach.pages.PageLayout;
import kehoach.plan.ComputedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The metadata an office system registers (NĐ 30, Phụ lục VI), read off the samples. */
class MetadataTest {
  @TempDir Path out;

  private static final Renderer RENDERER = renderer();

  private static Renderer renderer() {
    try {
      return new Renderer(Optional.empty());
    } catch (PlanException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Metadata of(ComputedPlan plan) throws PlanException {
    return Metadata.of(plan, PageLayout.pages(RENDERER.document(plan)).size());
  }

  private static Metadata sample(String name) throws PlanException {
    return of(Kehoach.compute(Path.of("samples", name + ".yaml")));
  }

  @Test
  void theNinhThuanSampleAwaitingItsNumberAndDay() throws PlanException {
    Metadata m = sample("ninh-thuan-2024");
    assertEquals("", m.codeNumber(), "no number yet");
    assertEquals("KH-UBND", m.notation());
    assertEquals("2024-04", m.issuedDate(), "the day is left for the văn thư");
    assertEquals("Ninh Thuận", m.place());
    assertEquals("Ủy ban nhân dân tỉnh Ninh Thuận", m.organName());
    assertEquals("", m.parentOrganName());
    assertEquals("Kế hoạch", m.documentType());
    assertEquals(
        "Tổng thể nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo"
            + " trên địa bàn tỉnh Ninh Thuận năm 2024",
        m.subject());
    assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), m.signerAuthority());
    assertEquals("PHÓ CHỦ TỊCH", m.signerPosition());
    assertEquals("Nguyễn Long Biên", m.signerName());
    assertEquals(
        List.of(
            "Bộ KHCN (báo cáo)",
            "Tổng cục TCĐLCL",
            "CT và các PCT UBND tỉnh",
            "Mục III",
            "VPUB: LĐ, KTTH"),
        m.recipients());
    assertEquals("Lưu: VT, VXNV. ĐND", m.archive());
    assertEquals(
        List.of("Phụ lục", "Biểu chi tiết"),
        m.appendices().stream().map(Metadata.Appendix::name).toList());
    assertTrue(
        m.appendices().get(0).title().startsWith("Danh mục nhiệm vụ triển khai thực hiện Kế hoạch"),
        m.appendices().get(0).title());
    assertFalse(m.appendices().get(0).title().contains("\n"), "titles on one line");
    assertEquals("vi", m.language());
    assertEquals(List.of(), m.keywords());
  }

  @Test
  void theTayNinhSampleWithItsNumberAndFullDate() throws PlanException {
    Metadata m = sample("tay-ninh-2024");
    assertEquals("1500", m.codeNumber());
    assertEquals("KH-UBND", m.notation());
    assertEquals("2024-05-07", m.issuedDate());
    assertEquals("Ủy ban nhân dân tỉnh Tây Ninh", m.organName());
    assertEquals(List.of("KT. CHỦ TỊCH"), m.signerAuthority());
    assertEquals("PHÓ CHỦ TỊCH", m.signerPosition());
    assertEquals("Trần Văn Chiến", m.signerName());
    assertEquals(9, m.recipients().size(), m.recipients().toString());
    assertEquals("TT.Tỉnh ủy; TT.HĐND tỉnh", m.recipients().get(2), "a ; inside a line is kept");
    assertEquals("Lưu: VT, VP UBND tỉnh", m.archive());
    assertEquals(
        List.of(new Metadata.Appendix("Phụ lục", "Kinh phí thực hiện năm 2024")), m.appendices());
  }

  @Test
  void aNumberBelowTenTakesItsZeroAndADraftLeavesNumberAndDayBlank() throws PlanException {
    String issued = Models.minimal();
    Metadata m = of(Kehoach.compute("issued.yaml", issued));
    assertEquals("05", m.codeNumber());
    assertEquals("2026-01-05", m.issuedDate());
    assertEquals("Lưu: VT, NC", m.archive());
    Metadata draft =
        of(
            Kehoach.compute(
                "draft.yaml", issued.replace("  number: 5\n", "  number: 5\n  draft: true\n")));
    assertEquals("", draft.codeNumber(), "a draft has no number yet");
    assertEquals("KH-UBND", draft.notation());
    assertEquals("2026-01", draft.issuedDate(), "nor a day");
  }

  @Test
  void aPlanWithoutDateHasItEmpty() throws PlanException {
    String yaml = Models.minimal().replace("  date: 2026-01-05\n", "");
    Metadata m = of(Kehoach.compute("bare.yaml", yaml));
    assertEquals("", m.issuedDate());
    assertEquals(List.of("Bộ Nội vụ"), m.recipients());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023"})
  void thePageCountIsThePdfs(String name) throws Exception {
    ComputedPlan plan = Kehoach.compute(Path.of("samples", name + ".yaml"));
    byte[] pdf = Renderer.bytes(RENDERER.document(plan), Format.PDF);
    assertEquals(new PdfReader(pdf).getNumberOfPages(), of(plan).pageCount());
  }

  @Test
  void theJsonIsTheSameBytesOnEveryRun() throws PlanException {
    byte[] first = MetadataJson.bytes(sample("ninh-thuan-2024"));
    byte[] second = MetadataJson.bytes(sample("ninh-thuan-2024"));
    assertArrayEquals(first, second);
  }

  @Test
  void theJsonKeepsTheFieldsOrderTwoSpacesAndEndsWithALineBreak() throws PlanException {
    String json = MetadataJson.text(sample("tay-ninh-2024"));
    assertTrue(
        json.startsWith("{\n  \"codeNumber\": \"1500\",\n  \"notation\": \"KH-UBND\",\n"), json);
    assertTrue(json.contains("\n  \"signerAuthority\": [\n    \"KT. CHỦ TỊCH\"\n  ],\n"), json);
    assertTrue(json.contains("\n  \"pageCount\": "), json);
    assertTrue(json.contains("\"keywords\": []\n}\n"), json);
    assertFalse(json.contains("\r"), "\\n line ends on every platform");
    List<String> keys =
        json.lines()
            .filter(l -> l.matches("  \"\\w+\": .*"))
            .map(l -> l.replaceAll("^  \"(\\w+)\".*", "$1"))
            .toList();
    assertEquals(
        List.of(
            "codeNumber",
            "notation",
            "issuedDate",
            "place",
            "organName",
            "parentOrganName",
            "documentType",
            "subject",
            "signerAuthority",
            "signerPosition",
            "signerName",
            "recipients",
            "archive",
            "pageCount",
            "appendices",
            "language",
            "keywords"),
        keys);
  }

  @Test
  void theDocsShowTheNinhThuanSamplesJsonAsItIs() throws Exception {
    String json = MetadataJson.text(sample("ninh-thuan-2024"));
    String docs = Files.readString(Path.of("docs", "metadata.md"));
    assertTrue(docs.contains("```json\n" + json + "```"), "docs/metadata.md shows:\n" + json);
  }

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(status, out.toString(), err.toString());
  }

  @Test
  void renderWritesTheJsonBesideTheOutputs() throws Exception {
    Result r =
        run(
            "render",
            "samples/tay-ninh-2024.yaml",
            "-o",
            out.toString(),
            "--format",
            "pdf",
            "--metadata");
    assertEquals(0, r.status(), r.err());
    Path json = out.resolve("tay-ninh-2024.metadata.json");
    assertTrue(r.out().contains(json.toString()), r.out());
    assertArrayEquals(MetadataJson.bytes(sample("tay-ninh-2024")), Files.readAllBytes(json));
    int pdfPages =
        new PdfReader(Files.readAllBytes(out.resolve("tay-ninh-2024.pdf"))).getNumberOfPages();
    assertTrue(
        new String(Files.readAllBytes(json), StandardCharsets.UTF_8)
            .contains("\"pageCount\": " + pdfPages + ","));
  }

  @Test
  void renderWithoutTheOptionWritesNoJson() throws IOException {
    Result r = run("render", "samples/tay-ninh-2024.yaml", "-o", out.toString(), "--format", "txt");
    assertEquals(0, r.status(), r.err());
    assertFalse(Files.exists(out.resolve("tay-ninh-2024.metadata.json")));
  }

  @Test
  void aBadModelWritesNoJson() throws IOException {
    Path model = out.resolve("bad.yaml");
    Files.writeString(model, Models.minimal().replace("quantity: 2", "quantity: -2"));
    Path folder = out.resolve("rendered");
    Result r = run("render", model.toString(), "-o", folder.toString(), "--metadata");
    assertEquals(2, r.status(), r.out());
    assertFalse(Files.exists(folder.resolve("bad.metadata.json")));
  }

  @Test
  void batchWritesTheJsonOfEveryPlanItRendered() throws IOException {
    Path bad = out.resolve("in").resolve("bad.yaml");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, Models.minimal().replace("quantity: 2", "quantity: -2"));
    Path folder = out.resolve("batch");
    Result r =
        run(
            "batch",
            "samples/tay-ninh-2024.yaml",
            "samples/nam-dinh-2023.yaml",
            bad.toString(),
            "-o",
            folder.toString(),
            "--format",
            "txt",
            "-q",
            "--metadata");
    assertEquals(1, r.status(), r.err());
    assertTrue(Files.exists(folder.resolve("tay-ninh-2024.metadata.json")));
    assertTrue(Files.exists(folder.resolve("nam-dinh-2023.metadata.json")));
    assertFalse(
        Files.exists(folder.resolve("bad.metadata.json")), "a plan with problems writes none");
  }
}
