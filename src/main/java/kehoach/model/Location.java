package kehoach.model;

/**
 * Where something is in an input file.
 *
 * @param file the file as the user named it
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String file, int line, int column) {
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  /** {@code file:line:column}, as compilers and editors expect. */
  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}
