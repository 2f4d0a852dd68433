package kehoach.model;

/**
 * One thing wrong with a plan model, said so that a clerk can fix it.
 *
 * @param location where it is
 * @param path the field path, such as {@code appendices[1].content[0].budget.rows[2].quantity};
 *     empty for the file as a whole. Indices count from 0.
 * @param message what was expected and what was found
 */
public record Problem(Location location, String path, String message) {
  @Override
  public String toString() {
    return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
