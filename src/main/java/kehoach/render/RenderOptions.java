package kehoach.render;

/**
 * How a {@link Renderer} writes its files, beyond the formats asked for.
 *
 * @param pdfA write the PDF as PDF/A-2b (ISO 19005-2, level B), the form archives keep: an sRGB
 *     output intent and XMP metadata agreeing with the document information, as well as the
 *     embedded fonts every kehoach PDF has (see docs/pdfa.md)
 * @param issue how the plan is issued: on paper (the model's number and date printed) or
 *     electronically (NĐ 30 Phụ lục I: number and date left for the văn thư's signing tool, clear
 *     areas for the signer's and the agency's signature images)
 * @param signatureFields put empty, named PDF signature fields on the signature areas (electronic
 *     issue only)
 * @param appendices whether the appendices are in the plan's file or each in a file of its own
 */
public record RenderOptions(
    boolean pdfA, Issue issue, boolean signatureFields, Appendices appendices) {
  /** A plain PDF on paper, appendices in the plan's file: what {@code render} writes by default. */
  public static final RenderOptions DEFAULT =
      new RenderOptions(false, Issue.PAPER, false, Appendices.TOGETHER);

  /** How a plan is issued. */
  public enum Issue {
    /** Printed, signed in ink and sealed: the model's number and date are printed. */
    PAPER,
    /** Signed digitally (NĐ 30 Điều 13, Phụ lục I mục II.7–II.8). */
    ELECTRONIC
  }

  /** Where a plan's appendices go. */
  public enum Appendices {
    /** In the plan's own file, after the signature. */
    TOGETHER,
    /** Each in a file of its own (NĐ 30 Phụ lục III, Mẫu 2.2). */
    SEPARATE
  }

  /** These options with PDF/A asked for or not. */
  public RenderOptions withPdfA(boolean wanted) {
    return new RenderOptions(wanted, issue, signatureFields, appendices);
  }
}
