package kehoach.workspace;

/**
 * One change a form makes to a plan: {@code op} "set" (the default, when null) puts {@code value}
 * at the scalar {@code path}; "insert", "delete", "moveUp" and "moveDown" act on item {@code index}
 * of the list at {@code path}; "indent" moves that item into the content of the item above it and
 * "outdent" moves it out of its heading's content to follow the heading. Paths are written as the
 * checker prints them ({@code legalBases[2]}, {@code
 * appendices[0].content[0].budget.rows[0].quantity}).
 */
public record FieldEdit(String path, String op, Integer index, String value) {
  /** Sets the scalar at {@code path} to {@code value}. */
  public static FieldEdit set(String path, String value) {
    return new FieldEdit(path, "set", null, value);
  }

  /** The operation, "set" when none is given. */
  public String operation() {
    return op == null || op.isEmpty() ? "set" : op;
  }
}
