package kehoach.workspace;

import java.util.Locale;
import kehoach.load.JsonPatch;

/** Which notation a plan is written in, by its name, as the loader decides it. */
final class Formats {
  private Formats() {}

  static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /** A YAML model's content written as JSON, for a new plan named {@code .json}. */
  static String toJson(String yaml) {
    return JsonPatch.fromYaml(yaml);
  }
}
