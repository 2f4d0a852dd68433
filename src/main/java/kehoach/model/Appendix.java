package kehoach.model;

import java.util.List;
import java.util.Optional;

/**
 * Phụ lục: an appendix, starting on its own page with its own heading and "(Kèm theo Kế hoạch số
 * …)" line.
 *
 * @param id how the body refers to it ({@code ${appendix:tasks}})
 * @param label the word of the heading when not "Phụ lục" ("Biểu chi tiết"); appendices sharing a
 *     label are numbered I, II when there are several
 * @param title the appendix's title
 * @param attached the words of the bracketed line under the title, when not "Kèm theo
 *     ${reference}": "Ban hành kèm theo Kế hoạch số ${number} ngày ${date:short} của ${issuer}"
 * @param content tables, paragraphs and headings
 * @param landscape whether its pages are landscape; empty to decide by the width of its tables
 */
public record Appendix(
    String id,
    Optional<String> label,
    String title,
    Optional<String> attached,
    List<Block> content,
    Optional<Boolean> landscape) {
  public static final String DEFAULT_LABEL = "Phụ lục";

  /** The line under an appendix's title, in brackets: "(Kèm theo Kế hoạch số … của …)". */
  public static final String DEFAULT_ATTACHED = "Kèm theo ${reference}";

  public Appendix {
    content = List.copyOf(content);
  }

  public String labelOrDefault() {
    return label.orElse(DEFAULT_LABEL);
  }

  public String attachedOrDefault() {
    return attached.orElse(DEFAULT_ATTACHED);
  }
}
