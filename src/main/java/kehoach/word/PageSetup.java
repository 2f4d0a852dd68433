package kehoach.word;

/**
 * One section's page: size and margins in millimetres, as {@code w:pgSz} and {@code w:pgMar} give
 * them (twentieths of a point), orientation, and whether the first page has its own header.
 *
 * @param section the section's index, from 0
 * @param firstBlock index in {@link WordDocument#body()} of the section's first block
 */
public record PageSetup(
    int section,
    int firstBlock,
    double widthMm,
    double heightMm,
    double topMm,
    double bottomMm,
    double leftMm,
    double rightMm,
    boolean landscape,
    boolean titlePage) {}
