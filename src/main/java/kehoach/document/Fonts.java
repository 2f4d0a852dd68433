package kehoach.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The bundled font: Liberation Serif, metric-compatible with Times New Roman. */
public final class Fonts {
  /** The font Word documents name, so that Word lays them out in Times New Roman. */
  public static final String WORD_FAMILY = "Times New Roman";

  /** The bundled font files, regular, bold, italic and bold italic. */
  public static final List<String> FILES =
      List.of(
          "LiberationSerif-Regular.ttf",
          "LiberationSerif-Bold.ttf",
          "LiberationSerif-Italic.ttf",
          "LiberationSerif-BoldItalic.ttf");

  /** Where the fonts are in the jar, as a class-path resource name. */
  public static final String RESOURCE_FOLDER = "kehoach/fonts/";

  private Fonts() {}

  /** The bytes of a bundled font file. */
  public static byte[] read(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream("/" + RESOURCE_FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("the font " + file + " is not bundled in the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("the bundled font " + file + " cannot be read", e);
    }
  }
}
