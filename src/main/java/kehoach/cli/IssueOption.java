package kehoach.cli;

import java.io.PrintWriter;
import java.util.Locale;
import kehoach.render.RenderOptions;
import picocli.CommandLine.Option;

/**
 * {@code --issue paper|electronic} and {@code --signature-fields}: how the plan is issued, for
 * render and batch (see docs/electronic.md).
 */
final class IssueOption {
  @Option(
      names = "--issue",
      paramLabel = "paper|electronic",
      defaultValue = "paper",
      description =
          "How the plan is issued (default: ${DEFAULT-VALUE}). electronic: signed digitally (NĐ 30"
              + " Điều 13, Phụ lục I): Số and the date left blank for the văn thư's signing tool"
              + " whatever the model says (a warning if it has them), no DỰ THẢO, and clear areas"
              + " for the signer's signature image and the agency's seal image between the title"
              + " and the name; see docs/electronic.md.")
  String issue;

  @Option(
      names = "--signature-fields",
      description =
          "With --issue electronic: put empty PDF signature fields on those areas, named"
              + " ChuKyNguoiKy (the signer's) and ChuKyCoQuan (the agency's seal), for a signing"
              + " tool to find.")
  boolean signatureFields;

  /**
   * Whether the options make sense together, after saying in one line on {@code err} what is wrong
   * when they do not.
   */
  boolean valid(PrintWriter err, String command) {
    String chosen = issue.strip().toLowerCase(Locale.ROOT);
    if (!chosen.equals("paper") && !chosen.equals("electronic")) {
      err.println(
          "kehoach " + command + ": --issue takes paper or electronic, not \"" + issue + "\"");
      return false;
    }
    if (signatureFields && chosen.equals("paper")) {
      err.println(
          "kehoach "
              + command
              + ": --signature-fields needs --issue electronic (a paper plan is signed in ink)");
      return false;
    }
    return true;
  }

  /** {@code options} issued as asked; call {@link #valid} first. */
  RenderOptions applyTo(RenderOptions options) {
    RenderOptions.Issue chosen =
        issue.strip().equalsIgnoreCase("electronic")
            ? RenderOptions.Issue.ELECTRONIC
            : RenderOptions.Issue.PAPER;
    return new RenderOptions(options.pdfA(), chosen, signatureFields, options.appendices());
  }
}
