package kehoach.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BundledTemplatesTest {
  private final BundledTemplates loader = new BundledTemplates();

  @Test
  void everyBundledTemplateReadsAsItsFile() throws IOException {
    for (String name : Layout.BUNDLED) {
      Object source = loader.findTemplateSource(name);
      assertNotNull(source, name);
      try (Reader reader = loader.getReader(source, "UTF-8")) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n; (n = reader.read(buffer)) > 0; ) {
          text.append(buffer, 0, n);
        }
        assertEquals(
            Files.readString(Path.of("templates", name), StandardCharsets.UTF_8),
            text.toString(),
            name);
      }
    }
  }

  @Test
  void anEncodingJavaDoesNotKnowIsAnIoError() {
    Object source = loader.findTemplateSource("plan.ftlx");
    assertThrows(
        UnsupportedEncodingException.class, () -> loader.getReader(source, "no-such-encoding"));
  }

  /**
   * FreeMarker tries the localized names first; nothing else in the folder, or outside it, is a
   * template.
   */
  /** Names FreeMarker's messages show: the folder and the templates. */
  @Test
  void itNamesItselfByItsFolder() {
    assertEquals(
        "BundledTemplates(/kehoach/templates/: " + Layout.BUNDLED + ")", loader.toString());
  }

  @Test
  void noOtherNameIsFound() {
    for (String name :
        new String[] {
          "plan_vi_VN.ftlx", "plan_vi.ftlx", "README.md", "../fonts/LiberationSerif-Regular.ttf",
          "/plan.ftlx", "Plan.ftlx", "nowhere.ftlx", ""
        }) {
      assertNull(loader.findTemplateSource(name), name);
    }
  }
}
