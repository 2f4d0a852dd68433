package kehoach.workspace;

import java.time.Instant;

/**
 * One plan of the workspace as its list shows it: the file's name, the document's title, number (số
 * ký hiệu, empty when unnumbered) and printed date, how many problems the checker finds, the grand
 * total of its first budget as printed (empty when it has none), and when it was last saved. A
 * model with problems has its count and empty texts.
 */
public record PlanSummary(
    String name,
    String title,
    String number,
    String date,
    int problems,
    String total,
    Instant modified) {}
