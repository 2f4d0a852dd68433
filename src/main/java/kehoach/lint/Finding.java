package kehoach.lint;

/**
 * One thing wrong with a plan.
 *
 * @param rule the rule's id, e.g. {@code header.motto} (family.name, lower case, hyphens)
 * @param severity error or warning
 * @param place where it is
 * @param message what is wrong, quoting what the document has
 * @param expected what the decree or the arithmetic expects
 */
public record Finding(
    String rule, Severity severity, Place place, String message, String expected) {}
