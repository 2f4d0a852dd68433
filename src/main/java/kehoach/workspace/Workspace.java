package kehoach.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.files.Replacement;
import kehoach.render.Renderer;
import kehoach.workspace.WorkspaceException.Kind;

/**
 * A folder of plan models a clerk works on through {@code kehoach serve}: every {@code .yaml},
 * {@code .yml} and {@code .json} file in it is a plan, named by its file name.
 *
 * <p>Nothing is lost: every save first keeps the text it replaces in {@code .history/NAME/} (the
 * newest {@link History#MAX_VERSIONS}), a deleted plan goes to {@code .bin/}, and a save is refused
 * ({@link Kind#CONFLICT}) unless the client saw the file's current version, so two tabs never
 * overwrite each other silently. Saves are atomic ({@link Replacement}) and one at a time per plan,
 * across the threads of a server and across servers sharing the folder ({@link PlanLocks}).
 */
@SuppressWarnings("try") // a plan's lock is held by a try block that only closes it
public final class Workspace {
  /**
   * Models bundled with kehoach, copied into a workspace that has none: the repository's samples.
   */
  static final List<String> SAMPLES =
      List.of("ninh-thuan-2024.yaml", "tay-ninh-2024.yaml", "nam-dinh-2023.yaml");

  private static final List<Starter> STARTERS =
      List.of(
          new Starter("ubnd-tinh", "Kế hoạch của Ủy ban nhân dân tỉnh"),
          new Starter("so", "Kế hoạch của một Sở"),
          new Starter("budget", "Kế hoạch có bảng kinh phí"),
          new Starter("tasks", "Kế hoạch có bảng phân công nhiệm vụ"));

  private static final Pattern BIN_ENTRY = Pattern.compile("(\\d{8}T\\d{9}Z-[0-9a-f]{8})-(.+)");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final Renderer renderer;
  private final Names names;
  private final History history;
  private final Summaries summaries = new Summaries();
  private final PlanLocks locks;

  private Workspace(Path dir, Renderer renderer) throws IOException {
    this.dir = dir;
    this.renderer = renderer;
    this.names = new Names(dir);
    this.history = new History(dir.resolve(".history"));
    this.locks = new PlanLocks(dir.resolve(".locks"), PlanLocks.WAIT);
  }

  /**
   * The workspace in {@code dir}, made if missing, and given the bundled samples when it holds no
   * model yet; a file already there is never replaced.
   */
  public static Workspace open(Path dir, Renderer renderer) throws IOException {
    Path folder = dir.toAbsolutePath().normalize();
    Files.createDirectories(folder);
    Workspace workspace = new Workspace(folder.toRealPath(), renderer);
    if (workspace.modelFiles().isEmpty()) {
      for (String sample : SAMPLES) {
        Path target = workspace.dir.resolve(sample);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          Replacement.write(target, resource("/kehoach/samples/" + sample));
        }
      }
    }
    return workspace;
  }

  /** The folder of the workspace. */
  public Path dir() {
    return dir;
  }

  /** The renderer the workspace's plans are rendered with (the server's one warm renderer). */
  public Renderer renderer() {
    return renderer;
  }

  /** Every plan, by name, with what the plan list shows of it. */
  public List<PlanSummary> plans() {
    List<Path> files = modelFiles();
    summaries.keepOnly(files.stream().map(f -> f.getFileName().toString()).toList());
    return files.stream().map(summaries::of).flatMap(Optional::stream).toList();
  }

  /** The plan's text and version. */
  public Saved read(String name) throws WorkspaceException {
    Path file = existing(name);
    byte[] bytes = bytes(file, name);
    return new Saved(name, new String(bytes, StandardCharsets.UTF_8), Versions.of(bytes));
  }

  /**
   * Saves {@code text} as plan {@code name}, if the plan is still at {@code expectedVersion} (null:
   * the plan must not exist yet); the text it replaces goes into the history first.
   *
   * @return the new version
   */
  public String save(String name, String text, String expectedVersion) throws WorkspaceException {
    Path file = file(name);
    try (PlanLocks.Held held = locks.hold(name)) {
      Optional<byte[]> current = current(file, name);
      if (expectedVersion == null) {
        if (current.isPresent()) {
          throw new WorkspaceException(Kind.EXISTS, "Đã có kế hoạch tên " + name + ".");
        }
      } else if (current.isEmpty()) {
        throw notFound(name);
      } else if (!Versions.of(current.get()).equals(expectedVersion)) {
        throw new WorkspaceException(
            Kind.CONFLICT,
            "Kế hoạch " + name + " đã được lưu ở nơi khác sau khi bạn mở nó; hãy xem bản mới nhất.",
            saved(name, current.get()));
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (current.isPresent() && java.util.Arrays.equals(current.get(), bytes)) {
        return expectedVersion;
      }
      try {
        if (current.isPresent()) {
          history.keep(name, current.get());
        }
        Replacement.write(file, bytes);
      } catch (IOException e) {
        throw failed(name, e);
      }
      return Versions.of(bytes);
    }
  }

  /** A new plan {@code name} from the bundled starter {@code starter}. */
  public Saved create(String name, String starter) throws WorkspaceException {
    if (STARTERS.stream().noneMatch(s -> s.id().equals(starter))) {
      throw new WorkspaceException(Kind.NOT_FOUND, "Không có mẫu khởi tạo " + starter + ".");
    }
    String text;
    try {
      text = new String(resource("/kehoach/starters/" + starter + ".yaml"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw failed(starter, e);
    }
    if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      text = Formats.toJson(text);
    }
    return new Saved(name, text, save(name, text, null));
  }

  /** A new plan {@code to} with the text of plan {@code from}: last year's plan, to start from. */
  public Saved copy(String from, String to) throws WorkspaceException {
    String text = read(from).text();
    if (Formats.isJson(from) != Formats.isJson(to)) {
      throw new WorkspaceException(
          Kind.BAD_NAME, "Bản sao phải có cùng đuôi tệp với bản gốc (.yaml hoặc .json).");
    }
    return new Saved(to, text, save(to, text, null));
  }

  /** Renames plan {@code from} to {@code to}, with its history. */
  public String rename(String from, String to) throws WorkspaceException {
    Path source = existing(from);
    Path target = file(to);
    if (from.equals(to)) {
      return to;
    }
    try (PlanLocks.Held held = locks.hold(from, to)) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new WorkspaceException(Kind.EXISTS, "Đã có kế hoạch tên " + to + ".");
      }
      try {
        Files.move(source, target);
        history.move(from, to);
      } catch (IOException e) {
        throw failed(from, e);
      }
    }
    return to;
  }

  /**
   * Moves plan {@code name} into the bin, with its history.
   *
   * @return the id to restore it by
   */
  public String delete(String name) throws WorkspaceException {
    Path source = existing(name);
    try (PlanLocks.Held held = locks.hold(name)) {
      String id = Versions.stamp(java.time.Instant.now()) + "-" + randomHex();
      Path bin = dir.resolve(".bin");
      try {
        Files.createDirectories(bin);
        Files.move(source, bin.resolve(id + "-" + name));
        history.moveOut(name, bin.resolve(id + "-" + name + ".history"));
      } catch (IOException e) {
        throw failed(name, e);
      }
      return id;
    }
  }

  /** The plans in the bin, the most recently deleted first. */
  public List<Binned> bin() {
    List<Binned> items = new ArrayList<>();
    for (Path p : list(dir.resolve(".bin"))) {
      Matcher m = BIN_ENTRY.matcher(p.getFileName().toString());
      if (m.matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        items.add(new Binned(m.group(1), m.group(2), Versions.instant(m.group(1))));
      }
    }
    items.sort(Comparator.comparing(Binned::id).reversed());
    return List.copyOf(items);
  }

  /** Puts the plan binned as {@code id} back, under the name it had. */
  public String restoreFromBin(String id) throws WorkspaceException {
    Binned item =
        bin().stream()
            .filter(b -> b.id().equals(id))
            .findFirst()
            .orElseThrow(
                () -> new WorkspaceException(Kind.NOT_FOUND, "Thùng rác không có mục " + id + "."));
    String name = item.name();
    Path target = file(name);
    try (PlanLocks.Held held = locks.hold(name)) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new WorkspaceException(
            Kind.EXISTS, "Đã có kế hoạch tên " + name + "; hãy đổi tên nó trước khi khôi phục.");
      }
      Path entry = dir.resolve(".bin").resolve(id + "-" + name);
      try {
        Files.move(entry, target);
        history.moveIn(dir.resolve(".bin").resolve(id + "-" + name + ".history"), name);
      } catch (IOException e) {
        throw failed(name, e);
      }
    }
    return name;
  }

  /** The earlier texts of plan {@code name}, newest first. */
  public List<Version> history(String name) throws WorkspaceException {
    file(name);
    return history.versions(name);
  }

  /** The text of version {@code id} of plan {@code name}. */
  public String historyText(String name, String id) throws WorkspaceException {
    file(name);
    return history.text(name, id);
  }

  /**
   * Makes version {@code id} the plan's text again, if the plan is still at {@code
   * expectedVersion}; the text it replaces goes into the history, so a restore can be undone.
   */
  public String restore(String name, String id, String expectedVersion) throws WorkspaceException {
    return save(name, historyText(name, id), expectedVersion);
  }

  /**
   * Applies a form's edits to plan {@code name}, if it is still at {@code expectedVersion}: only
   * the fields edited change in the file.
   */
  public Saved edit(String name, String expectedVersion, List<FieldEdit> edits)
      throws WorkspaceException {
    file(name);
    try (PlanLocks.Held held = locks.hold(name)) {
      Saved current = read(name);
      if (expectedVersion == null || !current.version().equals(expectedVersion)) {
        throw new WorkspaceException(
            Kind.CONFLICT,
            "Kế hoạch " + name + " đã được lưu ở nơi khác sau khi bạn mở nó; hãy xem bản mới nhất.",
            current);
      }
      String text = Edits.apply(name, current.text(), edits);
      return new Saved(name, text, save(name, text, expectedVersion));
    }
  }

  /** The path of plan {@code name}: refused unless it is a plain model file name in the folder. */
  public Path file(String name) throws WorkspaceException {
    return names.resolve(name);
  }

  /** The bundled starters a new plan can begin from. */
  public static List<Starter> starters() {
    return STARTERS;
  }

  // ---- helpers ----

  private Path existing(String name) throws WorkspaceException {
    Path file = file(name);
    if (!Files.isRegularFile(file)) {
      throw notFound(name);
    }
    return file;
  }

  private static Optional<byte[]> current(Path file, String name) throws WorkspaceException {
    return Files.isRegularFile(file) ? Optional.of(bytes(file, name)) : Optional.empty();
  }

  private static byte[] bytes(Path file, String name) throws WorkspaceException {
    try {
      return Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw notFound(name);
    } catch (IOException e) {
      throw failed(name, e);
    }
  }

  private static Saved saved(String name, byte[] bytes) {
    return new Saved(name, new String(bytes, StandardCharsets.UTF_8), Versions.of(bytes));
  }

  /** The model files of the folder, by name; hidden files and links out of it are left out. */
  private List<Path> modelFiles() {
    List<Path> files = new ArrayList<>();
    for (Path p : list(dir)) {
      String name = p.getFileName().toString();
      if (names.valid(name) && Files.isRegularFile(p) && names.inside(p)) {
        files.add(p);
      }
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return files;
  }

  private static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static byte[] resource(String path) throws IOException {
    try (InputStream in = Workspace.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("kehoach is built without " + path);
      }
      return in.readAllBytes();
    }
  }

  private static String randomHex() {
    byte[] b = new byte[4];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  static WorkspaceException notFound(String name) {
    return new WorkspaceException(Kind.NOT_FOUND, "Không có kế hoạch tên " + name + ".");
  }

  /** A failure of the disk, not of the request: the server answers it as its own error. */
  static UncheckedIOException failed(String name, IOException e) {
    return new UncheckedIOException("cannot write " + name + ": " + e.getMessage(), e);
  }
}
