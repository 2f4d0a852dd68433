package kehoach.lint;

/** How much a finding matters: an error breaks the decree or the arithmetic. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed for it: "error" or "warning". */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
