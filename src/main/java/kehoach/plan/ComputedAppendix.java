package kehoach.plan;

import java.util.List;

/**
 * An appendix as printed.
 *
 * @param id its id in the model
 * @param name its name as the body cites it: "Phụ lục I", "Phụ lục", "Biểu chi tiết"
 * @param title its title, upper case
 * @param attachedTo the italic line under the title: "(Kèm theo Kế hoạch số …)", or the wording the
 *     model gives it
 * @param parts its content
 * @param landscape whether its pages are landscape
 */
public record ComputedAppendix(
    String id, String name, String title, Text attachedTo, List<Part> parts, boolean landscape) {
  public ComputedAppendix {
    parts = List.copyOf(parts);
  }
}
