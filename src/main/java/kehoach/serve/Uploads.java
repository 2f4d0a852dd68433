package kehoach.serve;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Uploaded files written into a request's own folder under their plain names, of the kinds a route
 * reads; a name cannot leave the folder, and a file of another kind is refused with what was
 * expected.
 */
final class Uploads {
  private static final List<String> MODELS = List.of(".yaml", ".yml", ".json");
  private static final List<String> VERSIONS = List.of(".yaml", ".yml", ".json", ".docx");
  private static final List<String> TABLES = List.of(".csv", ".xlsx", ".xls");

  private Uploads() {}

  /** A version to compare: a model or a DOCX. */
  static Path version(UploadedFile file, Path folder) throws IOException {
    return write(
        file, folder, VERSIONS, "một mô hình kế hoạch (.yaml, .json) hoặc tệp Word (.docx)");
  }

  /** A plan model. */
  static Path model(UploadedFile file, Path folder) throws IOException {
    return write(file, folder, MODELS, "một mô hình kế hoạch (.yaml, .yml, .json)");
  }

  /** A variants or table sheet: CSV or Excel. */
  static Path table(UploadedFile file, Path folder) throws IOException {
    return write(file, folder, TABLES, "một bảng CSV hoặc Excel (.csv, .xlsx)");
  }

  private static Path write(UploadedFile file, Path folder, List<String> kinds, String expected)
      throws IOException {
    String name = Outputs.plainName(file.filename(), "upload");
    String lower = name.toLowerCase(Locale.ROOT);
    if (kinds.stream().noneMatch(lower::endsWith)) {
      throw new ApiException(422, "Tệp \"" + name + "\" phải là " + expected + ".");
    }
    Files.createDirectories(folder);
    Path target = folder.resolve(name).normalize();
    if (!target.getParent().equals(folder.normalize())) {
      throw ApiException.badRequest("Tên tệp \"" + name + "\" không hợp lệ.");
    }
    Files.write(target, Bodies.bytes(file));
    return target;
  }
}
