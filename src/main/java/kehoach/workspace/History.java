package kehoach.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import kehoach.files.Replacement;
import kehoach.workspace.WorkspaceException.Kind;

/**
 * The earlier texts of each plan, in {@code .history/NAME/}, one file per replaced text named
 * {@code <stamp>-<first 12 hex of its version>.<ext>}; the name is the version's id, and sorts by
 * time. Only the newest {@link #MAX_VERSIONS} are kept.
 */
final class History {
  /**
   * Versions kept per plan: a clerk saving every few minutes keeps a few working days of changes;
   * older ones go, so that a long-edited plan does not fill the disk.
   */
  static final int MAX_VERSIONS = 100;

  private static final Pattern ID = Pattern.compile("\\d{8}T\\d{9}Z-[0-9a-f]{12}");

  private final Path root;

  History(Path root) {
    this.root = root;
  }

  /** Keeps {@code bytes}, the text a save of {@code name} is about to replace. */
  void keep(String name, byte[] bytes) throws IOException {
    Path folder = root.resolve(name);
    Files.createDirectories(folder);
    String id = Versions.stamp(Instant.now()) + "-" + Versions.of(bytes).substring(0, 12);
    Replacement.write(folder.resolve(id + extension(name)), bytes);
    prune(folder);
  }

  List<Version> versions(String name) {
    List<Version> out = new ArrayList<>();
    for (Path p : files(root.resolve(name))) {
      try {
        out.add(new Version(id(p), Versions.instant(id(p)), Files.size(p)));
      } catch (IOException e) {
        // pruned meanwhile: not a version any more
      }
    }
    out.sort(Comparator.comparing(Version::id).reversed());
    return List.copyOf(out);
  }

  String text(String name, String id) throws WorkspaceException {
    Path file = root.resolve(name).resolve(id + extension(name));
    if (id == null || !ID.matcher(id).matches() || !Files.isRegularFile(file)) {
      throw new WorkspaceException(
          Kind.NOT_FOUND, "Kế hoạch " + name + " không có bản lưu " + id + ".");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Workspace.failed(name, e);
    }
  }

  /** Moves the history of {@code from} to {@code to}, after the plan was renamed. */
  void move(String from, String to) throws IOException {
    Path source = root.resolve(from);
    if (!Files.isDirectory(source)) {
      return;
    }
    Path target = root.resolve(to);
    Files.createDirectories(target);
    for (Path p : files(source)) {
      Files.move(p, target.resolve(id(p) + extension(to)));
    }
    Files.deleteIfExists(source);
  }

  /** Moves the history of {@code name} out to {@code folder} (the bin). */
  void moveOut(String name, Path folder) throws IOException {
    Path source = root.resolve(name);
    if (Files.isDirectory(source)) {
      Files.move(source, folder);
    }
  }

  /** Moves a history back in from {@code folder}, beside any the plan has since. */
  void moveIn(Path folder, String name) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    Path target = root.resolve(name);
    Files.createDirectories(target);
    for (Path p : files(folder)) {
      Files.move(p, target.resolve(p.getFileName()));
    }
    Files.deleteIfExists(folder);
  }

  private void prune(Path folder) throws IOException {
    List<Path> all = files(folder);
    all.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (int i = 0; i < all.size() - MAX_VERSIONS; i++) {
      Files.deleteIfExists(all.get(i));
    }
  }

  private static List<Path> files(Path folder) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path p : stream) {
        if (ID.matcher(id(p)).matches() && Files.isRegularFile(p)) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static String id(Path p) {
    String file = p.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot < 0 ? file : file.substring(0, dot);
  }

  private static String extension(String name) {
    return name.substring(name.lastIndexOf('.'));
  }
}
