package kehoach.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The output intent's profile is sRGB: colours come out of it as out of the JDK's own sRGB. */
class SrgbProfileTest {
  @Test
  void coloursConvertAsTheJdksSrgbConvertsThem() {
    ICC_Profile ours = ICC_Profile.getInstance(SrgbProfile.bytes());
    assertEquals(ColorSpace.TYPE_RGB, ours.getColorSpaceType());
    assertEquals(ICC_Profile.CLASS_DISPLAY, ours.getProfileClass());
    ColorSpace space = new ICC_ColorSpace(ours);
    ColorSpace jdk = ColorSpace.getInstance(ColorSpace.CS_sRGB);
    float[][] colours = {{0, 0, 0}, {1, 1, 1}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.5f, 0.5f, 0.5f}};
    for (float[] rgb : colours) {
      assertArrayEquals(jdk.toCIEXYZ(rgb), space.toCIEXYZ(rgb), 0.01f, Arrays.toString(rgb));
    }
  }
}
