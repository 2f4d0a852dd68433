package kehoach.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What makes output reproducible: a timestamp and identifiers derived from the content, never from
 * the clock or a random source, so that the same model and templates give the same bytes.
 */
public final class Reproducible {
  /** The earliest time a zip entry can carry; used when a document has no date of its own. */
  public static final Instant ZIP_EPOCH = Instant.parse("1980-01-01T00:00:00Z");

  private Reproducible() {}

  /**
   * The timestamp to write into a document: {@code SOURCE_DATE_EPOCH} when set (the convention of
   * reproducible builds), otherwise the document's own date (its first day when only the month or
   * year is known), otherwise {@link #ZIP_EPOCH}.
   */
  public static Instant timestamp(XhtmlDocument document) {
    return sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"))
        .or(() -> documentDate(document.meta("kehoach.date")))
        .orElse(ZIP_EPOCH);
  }

  static Optional<Instant> sourceDateEpoch(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Optional<Instant> documentDate(String iso) {
    String[] parts = iso.strip().split("-");
    try {
      int year = Integer.parseInt(parts[0]);
      int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
      int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
      Instant date = LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
      return Optional.of(date.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : date);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** SHA-256 of {@code parts}, each separated from the next. */
  public static byte[] digest(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(p.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
