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
 * @param content tables, paragraphs and headings
 * @param landscape whether its pages are landscape; empty to decide by the width of its tables
 */
public record Appendix(
    String id,
    Optional<String> label,
    String title,
    List<Block> content,
    Optional<Boolean> landscape) {
  public static final String DEFAULT_LABEL = "Phụ lục";

  public Appendix {
    content = List.copyOf(content);
  }

  public String labelOrDefault() {
    return label.orElse(DEFAULT_LABEL);
  }
}
