package kehoach.render.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.render.Tools;

/**
 * A PDF's pages as grey pixels, by poppler's {@code pdftoppm} at 72 dpi: one pixel to a point, so
 * pixel and text coordinates are the same. Text extraction sees no table borders; these pictures
 * do, and show a border drawn outside the text area or cut off at its edge.
 */
final class PageImages {
  private PageImages() {}

  /** One page: {@code width × height} grey levels, 0 black to 255 white, row by row. */
  record Image(int width, int height, byte[] grey) {
    int at(int x, int y) {
      if (x < 0 || y < 0 || x >= width || y >= height) {
        return 255;
      }
      return grey[y * width + x] & 0xff;
    }

    /** The darkest pixel of row {@code y} from {@code x - reach} to {@code x + reach}. */
    int darkestAround(int x, int y, int reach) {
      int darkest = 255;
      for (int i = x - reach; i <= x + reach; i++) {
        darkest = Math.min(darkest, at(i, y));
      }
      return darkest;
    }
  }

  private static final Pattern PAGE = Pattern.compile("page-(\\d+)\\.pgm");

  /** Renders every page of {@code pdf} into {@code folder} and reads the pictures back. */
  static List<Image> render(Path pdf, Path folder) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    Tools.run("pdftoppm", "-r", "72", "-gray", pdf.toString(), folder.resolve("page").toString());
    List<Path> files;
    try (var listing = Files.list(folder)) {
      files =
          listing
              .filter(p -> PAGE.matcher(p.getFileName().toString()).matches())
              .sorted(Comparator.comparingInt(PageImages::pageNumber))
              .toList();
    }
    List<Image> images = new ArrayList<>();
    for (Path f : files) {
      images.add(readPgm(f));
    }
    return images;
  }

  private static int pageNumber(Path file) {
    Matcher m = PAGE.matcher(file.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Reads a binary PGM (P5) file with 8-bit grey levels, as pdftoppm writes it. */
  static Image readPgm(Path file) throws IOException {
    byte[] data = Files.readAllBytes(file);
    int[] header = new int[3];
    int pos = 2;
    if (data[0] != 'P' || data[1] != '5') {
      throw new IOException(file + " is not a binary PGM file");
    }
    for (int i = 0; i < 3; i++) {
      while (Character.isWhitespace(data[pos]) || data[pos] == '#') {
        if (data[pos] == '#') {
          while (data[pos] != '\n') {
            pos++;
          }
        }
        pos++;
      }
      int value = 0;
      while (Character.isDigit(data[pos])) {
        value = value * 10 + (data[pos++] - '0');
      }
      header[i] = value;
    }
    pos++; // the single white-space character before the pixels
    if (header[2] > 255) {
      throw new IOException(file + " has 16-bit pixels");
    }
    byte[] grey = new byte[header[0] * header[1]];
    System.arraycopy(data, pos, grey, 0, grey.length);
    return new Image(header[0], header[1], grey);
  }
}
