package kehoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kehoach.render.Format;
import kehoach.render.RenderOptions;
import kehoach.render.RenderOptions.Appendices;
import kehoach.render.RenderOptions.Issue;
import kehoach.render.Renderer;
import kehoach.word.WordDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of lint on every sample as kehoach renders it, on paper and in electronic issue (the
 * plan with its appendices in its file, or the plan's file given with its appendices' own files):
 * no finding. The electronic issue leaves Số and the date for the văn thư's signing tool ("ngày
 * tháng năm 20…", NĐ 30 Điều 15.3), which lint takes as it takes a draft's blanks.
 */
class SamplesLintCleanTest {
  @TempDir Path dir;

  static Stream<Arguments> samplesAndIssues() {
    return Docs.samples().stream()
        .flatMap(
            s ->
                Stream.of(
                    Arguments.of(s, RenderOptions.DEFAULT),
                    Arguments.of(
                        s, new RenderOptions(false, Issue.ELECTRONIC, false, Appendices.TOGETHER)),
                    Arguments.of(
                        s,
                        new RenderOptions(false, Issue.ELECTRONIC, false, Appendices.SEPARATE))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("samplesAndIssues")
  void everySampleLintsClean(String sample, RenderOptions options) throws Exception {
    Renderer renderer = new Renderer(Optional.empty(), options);
    List<Path> written =
        renderer.render(Path.of("samples", sample + ".yaml"), Set.of(Format.DOCX), dir);
    Path plan = dir.resolve(sample + ".docx");
    assertTrue(Files.exists(plan));
    assertEquals(plan, written.get(0));
    WordDocument doc = Docs.read(plan);
    if (options.issue() == Issue.ELECTRONIC) {
      assertTrue(
          text(plan).contains("năm 20…"), "the electronic issue's blank date is what is linted");
    }
    if (options.appendices() == Appendices.SEPARATE) {
      assertEquals(
          !sample.equals("nam-dinh-2023"),
          written.size() > 1,
          "every sample but Nam Định's has appendices, each written in a file of its own");
    }
    if (written.size() > 1) {
      // The plan's own file and each appendix's, given to lint together, as a reviewer gets them.
      List<WordDocument> files = written.stream().map(Docs::read).toList();
      List<LintReport.FileFindings> together = Lint.files(files);
      for (LintReport.FileFindings f : together.subList(1, together.size())) {
        assertEquals(plan.toString(), f.appendixOf(), f.file() + " is read with its plan");
      }
      assertEquals(
          List.of(),
          together.stream().flatMap(f -> f.findings().stream()).toList(),
          sample + " " + options);
      // Alone, the plan's file lacks the appendices it cites: an electronic plan may issue them so,
      // and each is a warning to check that its file goes with it, nothing else.
      List<Finding> alone = Lint.check(doc);
      assertTrue(
          alone.stream()
              .allMatch(
                  f ->
                      f.rule().equals(StructureRules.APPENDIX_MISSING)
                          && f.severity() == Severity.WARNING),
          alone.toString());
      assertTrue(!alone.isEmpty(), "the plan's file names the appendices it cites");
      return;
    }
    assertEquals(List.of(), Lint.check(doc), sample + " " + options);
  }

  private static String text(Path docx) throws Exception {
    try (var in = Files.newInputStream(docx);
        var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
        var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
      return x.getText();
    }
  }
}
