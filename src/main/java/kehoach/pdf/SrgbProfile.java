package kehoach.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An sRGB ICC profile (version 2, a display profile of matrix and curves), made here rather than
 * taken from the JDK or a file: the JDK's own sRGB profile is not the same from one Java to the
 * next (17 and 25 differ in their header), which would make the PDF/A's bytes depend on the Java
 * that wrote them, and a profile made from the published sRGB numbers has no licence to carry.
 *
 * <p>The numbers are IEC 61966-2-1's: the primaries adapted to the profile connection space's D50
 * (Bradford), D65 as the media white point, and the sRGB transfer curve sampled at 1024 points. The
 * curve is computed with {@link StrictMath}, whose results are the same on every Java.
 */
final class SrgbProfile {
  /** The profile's name, also the output intent's condition. */
  static final String NAME = "sRGB IEC61966-2.1";

  private static final int HEADER = 128;
  private static final int CURVE_POINTS = 1024;
  private static final byte[] PROFILE = build();

  private SrgbProfile() {}

  static byte[] bytes() {
    return PROFILE.clone();
  }

  private static byte[] build() {
    Tag[] tags = {
      new Tag("desc", description(NAME)),
      new Tag("cprt", text("No copyright, use freely")),
      new Tag("wtpt", xyz(0.9505, 1.0, 1.0891)),
      new Tag("rXYZ", xyz(0.4360747, 0.2225045, 0.0139322)),
      new Tag("gXYZ", xyz(0.3850649, 0.7168786, 0.0971045)),
      new Tag("bXYZ", xyz(0.1430804, 0.0606169, 0.7141733)),
      new Tag("rTRC", curve()),
      new Tag("gTRC", curve()),
      new Tag("bTRC", curve()),
    };
    int table = 4 + 12 * tags.length;
    int size = HEADER + table;
    for (Tag t : tags) {
      size += padded(t.data.length);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    header(out, size);
    out.putInt(tags.length);
    int offset = HEADER + table;
    for (Tag t : tags) {
      out.put(ascii(t.signature)).putInt(offset).putInt(t.data.length);
      offset += padded(t.data.length);
    }
    for (Tag t : tags) {
      out.put(t.data);
      out.position(out.position() + padded(t.data.length) - t.data.length);
    }
    return out.array();
  }

  private record Tag(String signature, byte[] data) {}

  private static void header(ByteBuffer out, int size) {
    out.putInt(size);
    out.putInt(0); // preferred CMM: none
    out.putInt(0x02100000); // version 2.1
    out.put(ascii("mntr")).put(ascii("RGB ")).put(ascii("XYZ "));
    // a fixed creation date, so that the profile is the same bytes every time
    out.putShort((short) 2026).putShort((short) 1).putShort((short) 1);
    out.putShort((short) 0).putShort((short) 0).putShort((short) 0);
    out.put(ascii("acsp"));
    out.position(64);
    out.putInt(0); // rendering intent: perceptual
    out.putInt(fixed(0.9642)).putInt(fixed(1.0)).putInt(fixed(0.8249)); // D50
    out.position(HEADER);
  }

  /** textDescriptionType: the ASCII name, then empty Unicode and ScriptCode names. */
  private static byte[] description(String name) {
    ByteBuffer b = ByteBuffer.allocate(12 + name.length() + 1 + 8 + 3 + 67);
    b.put(ascii("desc")).putInt(0).putInt(name.length() + 1).put(ascii(name)).put((byte) 0);
    return b.array();
  }

  private static byte[] text(String text) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(ascii("text"));
    b.writeBytes(new byte[4]);
    b.writeBytes(ascii(text));
    b.write(0);
    return b.toByteArray();
  }

  private static byte[] xyz(double x, double y, double z) {
    return ByteBuffer.allocate(20)
        .put(ascii("XYZ "))
        .putInt(0)
        .putInt(fixed(x))
        .putInt(fixed(y))
        .putInt(fixed(z))
        .array();
  }

  /** The sRGB transfer curve: linear near black, then a 2.4 power. */
  private static byte[] curve() {
    ByteBuffer b = ByteBuffer.allocate(12 + 2 * CURVE_POINTS);
    b.put(ascii("curv")).putInt(0).putInt(CURVE_POINTS);
    for (int i = 0; i < CURVE_POINTS; i++) {
      double v = i / (double) (CURVE_POINTS - 1);
      double linear = v <= 0.04045 ? v / 12.92 : StrictMath.pow((v + 0.055) / 1.055, 2.4);
      b.putShort((short) StrictMath.round(linear * 65535));
    }
    return b.array();
  }

  /** s15Fixed16Number. */
  private static int fixed(double value) {
    return (int) StrictMath.round(value * 65536);
  }

  private static int padded(int length) {
    return (length + 3) / 4 * 4;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
