package kehoach.workspace;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Versions and time stamps: a plan's version is the hex SHA-256 of its bytes, so two servers, or a
 * server and a clerk's editor, agree on it without sharing anything; stamps name history files and
 * bin entries so that their names sort by time.
 */
final class Versions {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private Versions() {}

  static String of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** {@code 20240507T093000123Z}: UTC to the millisecond, fixed width, so names sort by time. */
  static String stamp(Instant at) {
    return STAMP.format(at);
  }

  /** The instant of a name that begins with a {@link #stamp}. */
  static Instant instant(String stamped) {
    return STAMP.parse(stamped.substring(0, 19), Instant::from);
  }
}
