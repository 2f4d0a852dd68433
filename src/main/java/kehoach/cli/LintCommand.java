package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kehoach.Kehoach;
import kehoach.lint.Lint;
import kehoach.lint.LintReport;
import kehoach.model.PlanException;
import kehoach.render.Format;
import kehoach.render.Renderer;
import kehoach.word.WordDocument;
import kehoach.word.WordReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach lint}: checks Word plans, made by anyone, against NĐ 30 and their arithmetic. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Checks plans made in Word by anyone against the form NĐ 30/2020/NĐ-CP sets (page, margins,"
          + " font and sizes, page numbers, the header's Quốc hiệu, Tiêu ngữ, Số, date and title,"
          + " section numbering, Nơi nhận and signature) and against their own arithmetic (rows,"
          + " groups, totals, the total's label, totals in the text, amounts in words).",
      "FILE is a DOCX, or a plan model (.yaml, .yml, .json), which is rendered to DOCX in memory and"
          + " checked as it will print.",
      "An appendix issued as a file of its own (NĐ 30 Phụ lục III, Mẫu 2.2; kehoach's --appendices"
          + " separate) is read with its plan when both are given: kehoach lint kh.docx"
          + " kh.phu-luc-I.docx. It goes with the plan whose file name its own starts with, else the"
          + " plan its «Kèm theo» line names, else the only plan given.",
      "Each finding names its rule, its place (paragraph and first words; table, row and column;"
          + " page where Word saved it), what is wrong, what is expected, and a severity: an error"
          + " breaks the decree or the arithmetic, a warning departs from common practice."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no findings",
      "1:findings in at least one file",
      "2:a file cannot be read (or a model has problems)"
    })
final class LintCommand implements Callable<Integer> {
  static final int FINDINGS = 1;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Word plans (.docx) or plan models (.yaml, .yml, .json).")
  List<Path> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default): one line per finding; json: for systems.")
  String format;

  @Mixin TemplatesOption templates;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.println("kehoach lint: unknown format \"" + format + "\"; the formats are text, json");
      err.flush();
      return Main.PROBLEMS;
    }
    List<WordDocument> documents = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        documents.add(read(file));
      } catch (PlanException e) {
        Problems.report(e, err);
        unreadable = true;
      }
    }
    List<LintReport.FileFindings> results = Lint.files(documents);
    out.print(format.equals("json") ? LintReport.json(results) + "\n" : LintReport.text(results));
    out.flush();
    if (unreadable) {
      return Main.PROBLEMS;
    }
    return results.stream().anyMatch(r -> !r.findings().isEmpty()) ? FINDINGS : 0;
  }

  /** A DOCX as it is, or a model as kehoach renders it. */
  private WordDocument read(Path file) throws PlanException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
      return WordReader.read(file);
    }
    Renderer renderer = new Renderer(templates.get());
    try {
      byte[] docx = Renderer.bytes(renderer.document(Kehoach.compute(file)), Format.DOCX);
      return WordReader.read(file, docx);
    } catch (IOException e) {
      throw new IllegalStateException("a DOCX could not be made in memory", e);
    }
  }
}
