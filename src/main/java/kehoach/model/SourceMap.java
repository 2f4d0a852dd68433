package kehoach.model;

import java.util.Map;

/**
 * Where each field of a loaded model was written, by field path, so that a later stage (the budget
 * arithmetic, say) can point at the line a wrong figure came from.
 */
public record SourceMap(String file, Map<String, Location> locations) {
  public SourceMap {
    locations = Map.copyOf(locations);
  }

  /** The location of {@code path}, or of its nearest enclosing field that was written. */
  public Location locate(String path) {
    String p = path;
    while (true) {
      Location at = locations.get(p);
      if (at != null) {
        return at;
      }
      if (p.isEmpty()) {
        return Location.ofFile(file);
      }
      p = parent(p);
    }
  }

  /** A problem at {@code path}. */
  public Problem problem(String path, String message) {
    return new Problem(locate(path), path, message);
  }

  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
