package kehoach.render;

/**
 * How a {@link Renderer} writes its files, beyond the formats asked for.
 *
 * @param pdfA write the PDF as PDF/A-2b (ISO 19005-2, level B), the form archives keep: an sRGB
 *     output intent and XMP metadata agreeing with the document information, as well as the
 *     embedded fonts every kehoach PDF has (see docs/pdfa.md)
 */
public record RenderOptions(boolean pdfA) {
  /** A plain PDF: what {@code render} writes without {@code --pdf-a}. */
  public static final RenderOptions DEFAULT = new RenderOptions(false);
}
