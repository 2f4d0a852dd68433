package kehoach.cli;

import java.util.Locale;
import kehoach.render.RenderOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --appendices together|separate}: the appendices (phụ lục) in the plan's file, or each in a
 * file of its own, for render and batch.
 */
final class AppendicesOption {
  @Option(
      names = "--appendices",
      paramLabel = "WHERE",
      defaultValue = "together",
      description =
          "together: the appendices in the plan's file (default); separate: each in files of its"
              + " own, NAME.phu-luc-I.docx/.pdf/.txt (NĐ 30 Phụ lục III, Mẫu 2.2), numbered from"
              + " page 1, the top right of page 1 left clear for the văn thư's signature. Separate"
              + " files are for electronic issue only (--issue electronic); see docs/electronic.md.")
  String where;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * {@code options} with the appendices where asked.
   *
   * @throws ParameterException for another word than together or separate, or separate files on
   *     paper: a plan issued on paper is one signed and sealed document with its appendices
   */
  RenderOptions applyTo(RenderOptions options) {
    RenderOptions.Appendices chosen =
        switch (where.strip().toLowerCase(Locale.ROOT)) {
          case "together" -> RenderOptions.Appendices.TOGETHER;
          case "separate" -> RenderOptions.Appendices.SEPARATE;
          default ->
              throw new ParameterException(
                  command.commandLine(),
                  "--appendices takes together or separate, not \"" + where + "\"");
        };
    if (chosen == RenderOptions.Appendices.SEPARATE
        && options.issue() != RenderOptions.Issue.ELECTRONIC) {
      throw new ParameterException(
          command.commandLine(),
          "--appendices separate is for electronic issue only (NĐ 30 Phụ lục III, Mẫu 2.2):"
              + " add --issue electronic");
    }
    return new RenderOptions(options.pdfA(), options.issue(), options.signatureFields(), chosen);
  }
}
