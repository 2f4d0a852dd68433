package kehoach.office;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A DOCX or workbook that someone brings, checked before Apache POI reads it: a DOCX and an XLSX
 * are zip packages of XML parts, and each way such a package can be wrong (empty, of the other
 * kind, damaged, a zip bomb, an XML DOCTYPE that would make a parser fetch other files) gets a
 * message that names the file and says what was expected, rather than POI's exception. POI's own
 * guards (its zip-bomb ratio, its parser that refuses DOCTYPEs) stay behind these as a second line;
 * whatever they still refuse is reported as a damaged file.
 */
public final class OfficeFile {
  /**
   * How much all parts of a package may unpack to together. A plan's DOCX or a budget workbook
   * unpacks to a few megabytes; POI holds every part's XML in memory at about ten times its size,
   * so 100 MB unpacked is already a gigabyte of heap.
   */
  public static final long MAX_UNPACKED_BYTES = 100L << 20;

  /**
   * How many times its packed size a part may unpack to. Office XML rarely packs better than 1:20;
   * a zip bomb packs at 1:1000. POI's own default is the same 1:100.
   */
  public static final int MAX_INFLATE_RATIO = 100;

  /** The size below which a part's ratio is not judged: small runs of markup pack very well. */
  static final long RATIO_GRACE_BYTES = 1L << 20;

  /** More parts than an Office file has: each part costs POI memory even when it is small. */
  public static final int MAX_PARTS = 10_000;

  /** How far into an XML part a DOCTYPE is looked for: it can only come before the root element. */
  private static final int PROLOG_BYTES = 4096;

  /** The longest excerpt of POI's own reason that a message quotes. */
  private static final int REASON_CHARS = 160;

  private OfficeFile() {}

  /** The kinds of Office file kehoach reads, with the folder their package keeps its parts in. */
  public enum Kind {
    WORD("a Word document (.docx)", "word/", "Word"),
    EXCEL("an Excel workbook (.xlsx)", "xl/", "Excel"),
    POWERPOINT("a PowerPoint presentation (.pptx)", "ppt/", "PowerPoint");

    private final String what;
    private final String folder;
    private final String application;

    Kind(String what, String folder, String application) {
      this.what = what;
      this.folder = folder;
      this.application = application;
    }
  }

  /** Opens a DOCX with POI, once {@link #check} has found it sound. */
  public static XWPFDocument word(Path file) throws PlanException {
    check(file, Kind.WORD);
    try (InputStream in = Files.newInputStream(file)) {
      return new XWPFDocument(in);
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, Kind.WORD, e);
    }
  }

  /**
   * Opens a workbook with POI, once {@link #check} has found it sound: an .xlsx, or an old .xls
   * (which is not a zip package, and which POI reads record by record).
   */
  public static Workbook workbook(Path file) throws PlanException {
    check(file, Kind.EXCEL);
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    } catch (EncryptedDocumentException e) {
      throw refused(
          file, "is password-protected; open it in Excel, remove the password and save it again");
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, Kind.EXCEL, e);
    }
  }

  /** Refuses {@code file} unless it is a sound package of {@code kind}; reads every part once. */
  public static void check(Path file, Kind kind) throws PlanException {
    byte[] head = head(file);
    if (head.length == 0) {
      throw refused(file, "is empty (0 bytes); expected " + kind.what);
    }
    if (isOle2(head)) {
      if (kind == Kind.EXCEL) {
        return; // an Excel 97–2003 workbook, or an encrypted one: POI tells them apart
      }
      throw refused(
          file,
          "is not "
              + kind.what
              + ": it is in the old "
              + kind.application
              + " 97–2003 format, or password-protected; open it in "
              + kind.application
              + " and save it as "
              + extension(kind));
    }
    if (!isZip(head)) {
      throw refused(file, "is not " + kind.what);
    }
    unpack(file, kind);
  }

  private static String extension(Kind kind) {
    return kind.what.substring(kind.what.indexOf('(') + 1, kind.what.length() - 1);
  }

  private static byte[] head(Path file) throws PlanException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    } catch (NoSuchFileException e) {
      throw refused(file, "no such file");
    } catch (AccessDeniedException e) {
      throw refused(file, "cannot be read: permission denied");
    } catch (IOException e) {
      throw refused(file, "cannot be read: " + e.getMessage());
    }
  }

  private static boolean isZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /** The signature of an OLE2 compound file: Office 97–2003 files and encrypted OOXML files. */
  private static boolean isOle2(byte[] head) {
    int[] signature = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (head.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xff) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static void unpack(Path file, Kind kind) throws PlanException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<? extends ZipEntry> parts = Collections.list(zip.entries());
      if (parts.size() > MAX_PARTS) {
        throw refused(file, "is too large when unpacked: it has more than " + MAX_PARTS + " parts");
      }
      kindOf(file, kind, parts.stream().map(ZipEntry::getName).toList());
      long total = 0;
      for (ZipEntry part : parts) {
        total += inflate(file, zip, part, total);
      }
    } catch (ZipException | EOFException e) {
      throw damaged(file, kind, "its table of contents cannot be read (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw refused(file, "cannot be read: " + e.getMessage());
    }
  }

  /** Refuses a package that is not of {@code kind}, saying what it is if it can tell. */
  private static void kindOf(Path file, Kind kind, List<String> names) throws PlanException {
    if (!names.contains("[Content_Types].xml")) {
      boolean openDocument = names.contains("mimetype");
      throw refused(
          file,
          "is not "
              + kind.what
              + (openDocument
                  ? ": it is an OpenDocument file; save it as " + extension(kind)
                  : ": it is a zip archive of other files"));
    }
    for (Kind other : Kind.values()) {
      if (other != kind && names.stream().anyMatch(n -> n.startsWith(other.folder))) {
        throw refused(file, "is not " + kind.what + ": it is " + other.what);
      }
    }
    if (names.stream().noneMatch(n -> n.startsWith(kind.folder))) {
      throw refused(file, "is not " + kind.what + ": it has no " + kind.application + " content");
    }
  }

  /**
   * Unpacks one part, counting: refuses it past the limits, when it does not unpack or its checksum
   * disagrees (a damaged file), or when its XML declares a DOCTYPE. Returns its size.
   */
  private static long inflate(Path file, ZipFile zip, ZipEntry part, long before)
      throws PlanException, IOException {
    String name = part.getName();
    boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
    ByteArrayOutputStream prolog = new ByteArrayOutputStream();
    CRC32 crc = new CRC32();
    long size = 0;
    long packed = Math.max(1, part.getCompressedSize());
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = zip.getInputStream(part)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (xml && prolog.size() < PROLOG_BYTES) {
          prolog.write(buffer, 0, Math.min(n, PROLOG_BYTES - prolog.size()));
        }
        crc.update(buffer, 0, n);
        size += n;
        if (before + size > MAX_UNPACKED_BYTES) {
          throw refused(
              file,
              "is too large when unpacked: its parts come to more than "
                  + (MAX_UNPACKED_BYTES >> 20)
                  + " MB (at "
                  + name
                  + "); kehoach reads Office files of at most that size");
        }
        if (size > RATIO_GRACE_BYTES && size > packed * MAX_INFLATE_RATIO) {
          throw refused(
              file,
              "is too large when unpacked: its part "
                  + name
                  + " unpacks to more than "
                  + MAX_INFLATE_RATIO
                  + " times its packed size, as a zip bomb does; refused");
        }
      }
    } catch (ZipException | EOFException e) {
      throw damaged(file, part, e.getMessage());
    }
    if (part.getCrc() != -1 && crc.getValue() != part.getCrc()) {
      throw damaged(file, part, "its checksum does not match");
    }
    if (xml && declaresDoctype(prolog.toByteArray())) {
      throw refused(
          file,
          "is refused: its part "
              + name
              + " declares an XML DOCTYPE, which Word and Excel never write and which could make"
              + " a reader fetch other files or the network");
    }
    return size;
  }

  private static boolean declaresDoctype(byte[] prolog) {
    String head = new String(prolog, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
    String wide = new String(prolog, StandardCharsets.UTF_16LE).toUpperCase(Locale.ROOT);
    return head.contains("<!DOCTYPE") || wide.contains("<!DOCTYPE");
  }

  private static PlanException damaged(Path file, ZipEntry part, String reason) {
    return refused(
        file,
        "is damaged: its part "
            + part.getName()
            + " cannot be unpacked ("
            + reason
            + "); open it again where it was made and save a new copy");
  }

  private static PlanException damaged(Path file, Kind kind, String reason) {
    return refused(
        file,
        "is damaged: "
            + reason
            + "; open it in "
            + kind.application
            + " and save it again, or ask for a new copy");
  }

  /** What POI still refused in a package that passed the checks above. */
  private static PlanException unreadable(Path file, Kind kind, Exception e) {
    return damaged(file, kind, "it cannot be read as " + kind.what + " (" + reason(e) + ")");
  }

  /** The innermost reason POI gives, on one line and short, without Java's class names. */
  private static String reason(Throwable e) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = e; t != null && messages.size() < 10; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        messages.add(t.getMessage());
      }
    }
    String last = messages.isEmpty() ? "no reason given" : messages.get(messages.size() - 1);
    String line =
        last.lines().findFirst().orElse("").replaceAll("[a-z]+(\\.[a-z0-9]+)+\\.[A-Za-z]+", "");
    line = line.replaceAll("^[A-Za-z]*Exception:\\s*", "").strip();
    return line.length() <= REASON_CHARS ? line : line.substring(0, REASON_CHARS) + "…";
  }

  private static PlanException refused(Path file, String message) {
    return new PlanException(new Problem(Location.ofFile(file.toString()), "", message));
  }
}
