package kehoach.document;

import java.nio.ByteBuffer;
import java.util.BitSet;

/**
 * Which characters a TrueType font has a glyph for, read from its {@code cmap} table (bảng mã ký tự
 * của phông chữ) directly: the Windows Unicode subtable, format 12 (all planes) when there is one,
 * else format 4 (the Basic Multilingual Plane). This is what AWT's {@code Font.canDisplay} answers,
 * its rules included (the tab, line feed and carriage return, and the invisible format characters
 * U+200C–U+200F, U+2028–U+202E and U+206A–U+206F count as shown; a glyph number past the font's
 * glyphs does not), without loading AWT's font manager and copying the font to a temporary file:
 * that was about a tenth of a cold {@code check} (docs/performance.md). {@code FontCmapTest}
 * compares the two answers for every character.
 */
final class FontCmap {
  private final BitSet shown;

  private FontCmap(BitSet shown) {
    this.shown = shown;
  }

  /** Reads the {@code cmap} of the TrueType font {@code ttf}. */
  static FontCmap read(byte[] ttf) {
    ByteBuffer b = ByteBuffer.wrap(ttf);
    int cmap = table(b, "cmap");
    int numGlyphs = b.getChar(table(b, "maxp") + 4);
    int format4 = -1;
    int format12 = -1;
    int records = b.getChar(cmap + 2);
    for (int i = 0; i < records; i++) {
      int r = cmap + 4 + 8 * i;
      int platform = b.getChar(r);
      int encoding = b.getChar(r + 2);
      int at = cmap + b.getInt(r + 4);
      if (platform == 3 && encoding == 10 && b.getChar(at) == 12) {
        format12 = at;
      } else if (platform == 3 && encoding == 1 && b.getChar(at) == 4) {
        format4 = at;
      }
    }
    BitSet shown = new BitSet(0x10000);
    if (format12 >= 0) {
      readFormat12(b, format12, numGlyphs, shown);
    } else if (format4 >= 0) {
      readFormat4(b, format4, numGlyphs, shown);
    } else {
      throw new IllegalStateException("the bundled font has no Unicode cmap");
    }
    shown.set(0x09);
    shown.set(0x0A);
    shown.set(0x0D);
    shown.set(0x200C, 0x2010);
    shown.set(0x2028, 0x202F);
    shown.set(0x206A, 0x2070);
    return new FontCmap(shown);
  }

  /** Whether the font has a glyph for the code point {@code cp}. */
  boolean canDisplay(int cp) {
    return cp >= 0 && shown.get(cp);
  }

  private static int table(ByteBuffer b, String tag) {
    int r = record(b, tag);
    if (r < 0) {
      throw new IllegalStateException("the bundled font has no " + tag + " table");
    }
    return b.getInt(r + 8);
  }

  /**
   * Where {@code tag}'s record is in the table directory at the start of {@code b} (its offset at 8
   * bytes from there, its length at 12), or -1.
   */
  static int record(ByteBuffer b, String tag) {
    int tables = b.getChar(4);
    for (int i = 0; i < tables; i++) {
      int r = 12 + 16 * i;
      if (b.get(r) == tag.charAt(0)
          && b.get(r + 1) == tag.charAt(1)
          && b.get(r + 2) == tag.charAt(2)
          && b.get(r + 3) == tag.charAt(3)) {
        return r;
      }
    }
    return -1;
  }

  private static void readFormat4(ByteBuffer b, int at, int numGlyphs, BitSet shown) {
    int segments = b.getChar(at + 6) / 2;
    int ends = at + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int offsets = deltas + 2 * segments;
    for (int s = 0; s < segments; s++) {
      int end = b.getChar(ends + 2 * s);
      int start = b.getChar(starts + 2 * s);
      int delta = b.getChar(deltas + 2 * s);
      int rangeOffset = b.getChar(offsets + 2 * s);
      for (int c = start; c <= end && c <= 0xFFFF; c++) {
        int glyph;
        if (rangeOffset == 0) {
          glyph = (c + delta) & 0xFFFF;
        } else {
          int g = offsets + 2 * s + rangeOffset + 2 * (c - start);
          glyph = b.getChar(g);
          if (glyph != 0) {
            glyph = (glyph + delta) & 0xFFFF;
          }
        }
        if (glyph != 0 && glyph < numGlyphs) {
          shown.set(c);
        }
      }
    }
  }

  private static void readFormat12(ByteBuffer b, int at, int numGlyphs, BitSet shown) {
    long groups = b.getInt(at + 12) & 0xFFFFFFFFL;
    for (int i = 0; i < groups; i++) {
      int g = at + 16 + 12 * i;
      long start = b.getInt(g) & 0xFFFFFFFFL;
      long end = Math.min(b.getInt(g + 4) & 0xFFFFFFFFL, 0x10FFFF);
      long glyph = b.getInt(g + 8) & 0xFFFFFFFFL;
      for (long c = start; c <= end; c++, glyph++) {
        if (glyph != 0 && glyph < numGlyphs) {
          shown.set((int) c);
        }
      }
    }
  }
}
