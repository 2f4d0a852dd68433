package kehoach.layout;

import freemarker.cache.TemplateLoader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UnsupportedEncodingException;

/**
 * The templates bundled in kehoach ({@link Layout#BUNDLED}), read from its resources by name.
 * FreeMarker's {@code ClassTemplateLoader} asked the class loader for a URL of each name FreeMarker
 * tries, the localized ones first ({@code plan_vi_VN.ftlx}, {@code plan_vi.ftlx}: two searches of
 * the class path that find nothing, per template), and read each through a jar URL connection,
 * which a cold {@code check} set up only for this (docs/performance.md). The list is known, and a
 * bundled template does not change while kehoach runs.
 */
final class BundledTemplates implements TemplateLoader {
  private static final String FOLDER = "/kehoach/templates/";

  /** The name itself, for a bundled template; nothing for any other name. */
  @Override
  public Object findTemplateSource(String name) {
    return Layout.BUNDLED.contains(name) ? name : null;
  }

  /** Unknown: a resource of the jar, the same for as long as kehoach runs. */
  @Override
  public long getLastModified(Object source) {
    return -1;
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    InputStream in = BundledTemplates.class.getResourceAsStream(FOLDER + source);
    if (in == null) {
      throw new FileNotFoundException(
          "the bundled template " + source + " is missing from kehoach");
    }
    try {
      return new InputStreamReader(in, encoding);
    } catch (UnsupportedEncodingException e) {
      // an IOException, as FreeMarker's own loaders give it
      in.close();
      throw e;
    }
  }

  /** What FreeMarker's message names when a template is not found. */
  @Override
  public String toString() {
    return "BundledTemplates(" + FOLDER + ": " + Layout.BUNDLED + ")";
  }

  /** Nothing to close: FreeMarker closes the reader once it has read the template. */
  @Override
  public void closeTemplateSource(Object source) {}
}
