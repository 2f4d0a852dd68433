package kehoach.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The font's {@code cmap}, read directly, answers as AWT's {@code Font.canDisplay} does. */
class FontCmapTest {
  @Test
  void everyCharacterAnsweredAsAwtAnswers() throws Exception {
    for (String file : Fonts.FILES) {
      byte[] ttf = Fonts.read(file);
      Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
      FontCmap cmap = FontCmap.read(ttf);
      List<String> differ = new ArrayList<>();
      int shown = 0;
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        boolean expected = awt.canDisplay(cp);
        shown += expected ? 1 : 0;
        if (cmap.canDisplay(cp) != expected) {
          differ.add(String.format("U+%04X awt %s", cp, expected));
        }
      }
      assertEquals(List.of(), differ.subList(0, Math.min(20, differ.size())), file);
      assertTrue(shown > 2000, file + ": " + shown);
    }
  }

  /** The glyph check reads the font only up to its cmap and maxp tables, with the same answers. */
  @Test
  void theStartOfTheFileAnswersAsTheWhole() {
    for (String file : Fonts.FILES) {
      byte[] whole = Fonts.read(file);
      byte[] start = Fonts.readUpTo(file, List.of("cmap", "maxp"));
      assertTrue(start.length < whole.length / 10, file + ": " + start.length);
      assertTrue(Arrays.equals(start, 0, start.length, whole, 0, start.length), file);
      FontCmap a = FontCmap.read(whole);
      FontCmap b = FontCmap.read(start);
      List<Integer> differ = new ArrayList<>();
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        if (a.canDisplay(cp) != b.canDisplay(cp)) {
          differ.add(cp);
        }
      }
      assertEquals(List.of(), differ, file);
    }
  }

  @Test
  void vietnameseShownAndOthersNot() {
    FontCmap cmap = FontCmap.read(Fonts.read(Fonts.FILES.get(0)));
    "Kế hoạch Ủy ban nhân dân tỉnh Ninh Thuận ₫ – “…”"
        .codePoints()
        .forEach(cp -> assertTrue(cmap.canDisplay(cp), Integer.toHexString(cp)));
    assertFalse(cmap.canDisplay(0x4E00)); // 一: no CJK in Liberation Serif
    assertFalse(cmap.canDisplay(0x1F600)); // an emoji
  }
}
