package kehoach.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import kehoach.workspace.WorkspaceException.Kind;

/**
 * Plan names: a plain file name ending {@code .yaml}, {@code .yml} or {@code .json}, with no
 * folder, no leading dot (the hidden folders hold history and bin) and no control character, that
 * stays inside the workspace once links are followed. A request can thus never read or write a file
 * outside the folder.
 */
final class Names {
  private static final Pattern NAME = Pattern.compile("[^/\\\\.][^/\\\\]*\\.(yaml|yml|json)");

  /** Longer names are refused: most file systems stop at 255 bytes. */
  private static final int MAX_BYTES = 255;

  private final Path dir;

  Names(Path dir) {
    this.dir = dir;
  }

  boolean valid(String name) {
    return name != null
        && NAME.matcher(name).matches()
        && name.codePoints().noneMatch(cp -> Character.isISOControl(cp))
        && name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  /** The path of plan {@code name}, checked. */
  Path resolve(String name) throws WorkspaceException {
    if (!valid(name)) {
      throw new WorkspaceException(
          Kind.BAD_NAME,
          "Tên kế hoạch \""
              + String.valueOf(name).replaceAll("\\p{Cntrl}", "?")
              + "\" không hợp lệ: cần là tên tệp kết thúc bằng .yaml, .yml hoặc .json, không có"
              + " thư mục.");
    }
    Path file = dir.resolve(name);
    if (!file.getParent().equals(dir) || !inside(file)) {
      throw new WorkspaceException(
          Kind.BAD_NAME, "Kế hoạch " + name + " trỏ ra ngoài thư mục làm việc; không mở được.");
    }
    return file;
  }

  /** Whether {@code file}, with its links followed, is in the folder (or does not exist yet). */
  boolean inside(Path file) {
    if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try {
      return file.toRealPath().getParent().equals(dir);
    } catch (IOException e) {
      return false; // a dangling link leads nowhere the workspace may go
    }
  }
}
