package kehoach.cli;

import kehoach.render.RenderOptions;
import picocli.CommandLine.Option;

/** {@code --pdf-a}: the PDF as PDF/A-2b, for render and batch. */
final class PdfAOption {
  @Option(
      names = "--pdf-a",
      description =
          "Write the PDF as PDF/A-2b (ISO 19005-2), the form archives keep: fonts embedded, an"
              + " sRGB output intent, XMP metadata agreeing with the document (trích yếu, agency,"
              + " number, date); see docs/pdfa.md.")
  boolean wanted;

  RenderOptions options() {
    return RenderOptions.DEFAULT.withPdfA(wanted);
  }
}
