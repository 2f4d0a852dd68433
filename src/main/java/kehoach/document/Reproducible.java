package kehoach.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * What makes output reproducible: a timestamp and identifiers derived from the content, never from
 * the clock or a random source, so that the same model and templates give the same bytes.
 */
public final class Reproducible {
  /**
   * Where zip's times begin; the stamp of a document with no date of its own (its zip entries carry
   * {@link #ZIP_FIRST}).
   */
  public static final Instant ZIP_EPOCH = Instant.parse("1980-01-01T00:00:00Z");

  /** The first time a zip entry carries without Java adding one in the machine's time zone. */
  static final Instant ZIP_FIRST = Instant.parse("1980-01-01T00:00:02Z");

  /** The last time a zip entry carries without Java adding one in the machine's time zone. */
  static final Instant ZIP_END = Instant.parse("2107-12-31T23:59:58Z");

  private Reproducible() {}

  /**
   * The timestamp to write into a document: {@code SOURCE_DATE_EPOCH} when set (the convention of
   * reproducible builds), otherwise the document's own date (its first day when only the month or
   * year is known), otherwise {@link #ZIP_EPOCH}.
   */
  public static Instant timestamp(XhtmlDocument document) {
    return timestamp(document.meta("kehoach.date"));
  }

  /**
   * As {@link #timestamp(XhtmlDocument)}, for a document dated {@code isoDate} ("2024-05-07",
   * "2024-05", "2024" or empty): what stamps a file made from a plan without its document, such as
   * a workbook, so that it carries the same time as the plan's DOCX and PDF.
   */
  public static Instant timestamp(String isoDate) {
    return sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"))
        .or(() -> documentDate(isoDate))
        .orElse(ZIP_EPOCH);
  }

  /**
   * Rewrites a zip package (DOCX, XLSX) as the same bytes every time: its entries in the order they
   * came, each stamped with {@code stamp} instead of the clock time its writer gave it and with no
   * extra fields, and each entry's content passed through {@code content} (given the entry's name).
   * Zip stores local times; writing the UTC clock time as it is keeps the bytes independent of the
   * machine's time zone.
   */
  public static byte[] zip(byte[] zip, Instant stamp, BiFunction<String, byte[], byte[]> content)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LocalDateTime time = LocalDateTime.ofInstant(zipTime(stamp), ZoneOffset.UTC);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = content.apply(e.getName(), in.readAllBytes());
        ZipEntry entry = new ZipEntry(e.getName());
        entry.setTimeLocal(time);
        out.putNextEntry(entry);
        out.write(data);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * {@code stamp} within what a zip entry's own time can hold: outside it, {@link
   * ZipEntry#setTimeLocal} adds a time converted with the machine's time zone. {@link #ZIP_EPOCH}
   * itself is outside: Java takes its DOS form for "before 1980".
   */
  public static Instant zipTime(Instant stamp) {
    return stamp.isBefore(ZIP_FIRST) ? ZIP_FIRST : stamp.isAfter(ZIP_END) ? ZIP_END : stamp;
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

  /**
   * {@code digest(first, part)} for any {@code part}, with {@code first} (a whole document's text)
   * encoded and hashed once however many parts follow: the PDF derives its identifier and a tag per
   * font from the same content.
   */
  public static Function<String, byte[]> digests(String first) {
    MessageDigest common = sha256();
    common.update(first.getBytes(StandardCharsets.UTF_8));
    common.update((byte) 0);
    return part -> {
      MessageDigest sha;
      try {
        sha = (MessageDigest) common.clone();
      } catch (CloneNotSupportedException e) {
        return digest(first, part);
      }
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest();
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
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
