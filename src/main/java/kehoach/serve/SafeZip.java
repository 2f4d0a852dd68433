package kehoach.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import kehoach.batch.Jobs;
import kehoach.load.PlanLoader;

/**
 * Zip archives of models sent to {@code /api/batch}, unpacked within limits, as {@code
 * kehoach.office.OfficeFile} checks Office packages: the sizes are counted as the bytes come out,
 * never taken from the archive's own word, so a zip bomb stops at the limit.
 */
final class SafeZip {
  /** Entries an archive may have. */
  static final int MAX_ENTRIES = 1_000;

  /** Bytes a model may unpack to: a model file's own limit. */
  static final long MAX_ENTRY_BYTES = PlanLoader.MAX_BYTES;

  /** Bytes an archive may unpack to in all. */
  static final long MAX_TOTAL_BYTES = 100L << 20;

  /** How many times its packed size an entry may unpack to, past its first megabyte. */
  static final int MAX_RATIO = 100;

  private SafeZip() {}

  /**
   * Unpacks the models (.yaml, .yml, .json) of {@code zip} into {@code folder}, keeping their
   * sub-folders; other entries are skipped.
   *
   * @return the models written
   * @throws ApiException 413 past a limit, 422 for a name with {@code ..} or an absolute one, or a
   *     file that is no zip archive
   */
  static List<Path> unpack(Path zip, Path folder) throws IOException {
    List<Path> models = new ArrayList<>();
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      List<? extends ZipEntry> entries = Collections.list(archive.entries());
      if (entries.size() > MAX_ENTRIES) {
        throw new ApiException(
            413, "Tệp zip có hơn " + MAX_ENTRIES + " mục; hãy chia thành nhiều lần gửi.");
      }
      long total = 0;
      for (ZipEntry entry : entries) {
        Path target = target(folder, entry.getName());
        if (entry.isDirectory() || !Jobs.isModel(target)) {
          continue;
        }
        Files.createDirectories(target.getParent());
        total += copy(archive, entry, target, MAX_TOTAL_BYTES - total);
        models.add(target);
      }
    } catch (ZipException e) {
      throw new ApiException(
          422, "Nội dung gửi lên không phải tệp zip đọc được: " + e.getMessage());
    }
    return models;
  }

  /** Where {@code name} unpacks to; a name that would leave {@code folder} is refused. */
  static Path target(Path folder, String name) {
    String n = name.replace('\\', '/');
    boolean absolute = n.startsWith("/") || n.matches("^[A-Za-z]:.*");
    boolean up = List.of(n.split("/")).contains("..");
    Path target = folder.resolve(n).normalize();
    if (absolute || up || n.indexOf('\0') >= 0 || !target.startsWith(folder)) {
      throw new ApiException(
          422,
          "Tệp zip có mục tên \""
              + name
              + "\" trỏ ra ngoài thư mục của nó (tên tuyệt đối hoặc có \"..\"); không mục nào được"
              + " đọc.");
    }
    return target;
  }

  private static long copy(ZipFile archive, ZipEntry entry, Path target, long left)
      throws IOException {
    long packed = Math.max(1, entry.getCompressedSize());
    long ratioLimit = (1L << 20) + packed * MAX_RATIO;
    long limit = Math.min(Math.min(MAX_ENTRY_BYTES, left), ratioLimit);
    long written = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = archive.getInputStream(entry);
        OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        written += n;
        if (written > limit) {
          throw new ApiException(
              413,
              "Mục \""
                  + entry.getName()
                  + "\" của tệp zip giải nén ra quá lớn (quá "
                  + limit
                  + " byte); tệp zip bị từ chối.");
        }
        out.write(buffer, 0, n);
      }
    }
    return written;
  }

  /** Packs every file under {@code folder} into a zip, by relative path in name order. */
  static void pack(Path folder, OutputStream out) throws IOException {
    List<Path> files;
    try (var walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Path f : files) {
        zip.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, zip);
        zip.closeEntry();
      }
    }
  }
}
