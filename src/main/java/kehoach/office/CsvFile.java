package kehoach.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;

/**
 * A CSV file that someone brings (a table to import, a variants table), read as text within a
 * limit: a regular file, UTF-8 (as Excel's "CSV UTF-8" saves it), its byte order mark dropped.
 */
public final class CsvFile {
  /**
   * The largest CSV read: a task table of a thousand rows is under a megabyte, and the whole text
   * is held in memory.
   */
  public static final int MAX_BYTES = 20 << 20;

  private CsvFile() {}

  /**
   * The text of {@code file}.
   *
   * @throws PlanException naming the file when it is missing, not a regular file, too large or not
   *     UTF-8
   */
  public static String text(Path file) throws PlanException {
    byte[] bytes = bytes(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw refused(file, "is not UTF-8 text; in Excel, save it as \"CSV UTF-8\"");
    }
  }

  private static byte[] bytes(Path file) throws PlanException {
    if (!Files.exists(file)) {
      throw refused(file, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw refused(file, "is not a regular file; a table is a .csv or .xlsx file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw refused(file, "is larger than " + (MAX_BYTES >> 20) + " MB, the most a table may be");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw refused(file, "no such file");
    } catch (IOException e) {
      throw refused(file, "cannot be read: " + e.getMessage());
    }
  }

  private static PlanException refused(Path file, String message) {
    return new PlanException(new Problem(Location.ofFile(file.toString()), "", message));
  }
}
