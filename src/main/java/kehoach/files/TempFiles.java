package kehoach.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * kehoach's own temporary files: {@code .kehoach-<target>.<random>.part} for a file being written,
 * {@code .kehoach-<target>.<random>.old} for the previous version of a target kept aside while a
 * plan's files are replaced. No user names a file so, and a name without this form is never
 * removed.
 *
 * <p>A file is stale when no process is writing it. Its writer holds an exclusive lock on it (the
 * system releases the lock when the writer dies, even killed), so a cleaner that can lock it knows
 * its writer is gone; one that cannot, leaves it. This process's own files are also known by name,
 * since a lock taken twice in one process would not tell.
 */
public final class TempFiles {
  /** What starts every temporary file's name. */
  public static final String PREFIX = ".kehoach-";

  private static final String PART = ".part";
  private static final String OLD = ".old";

  /** {@code .kehoach-<target>.<random>.part} or {@code .old}; group 1 is the target's name. */
  private static final Pattern OWN = Pattern.compile("\\.kehoach-(.+)\\.[0-9a-z]+\\.(part|old)");

  /**
   * Temporary files of kehoach before this scheme: {@code .<target>.<digits>.part}, as {@link
   * Files#createTempFile} named them. Only removed for a target being written again.
   */
  private static final Pattern LEGACY = Pattern.compile("\\.(.+)\\.\\d{6,}\\.part");

  /**
   * How much of a target's name a temporary name keeps: the name of a temporary file must not be
   * longer than the file system allows when the target's own name nearly is.
   */
  private static final int NAME_KEPT = 60;

  /** Temporary files this process is writing or keeping aside now. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () ->
                    IN_FLIGHT.stream()
                        .filter(p -> p.getFileName().toString().endsWith(PART))
                        .forEach(p -> p.toFile().delete()),
                "kehoach-remove-partial-files"));
  }

  private TempFiles() {}

  /** A temporary file: locked until closed, then removed unless it was renamed into place. */
  static final class Temp implements AutoCloseable {
    final Path path;
    private final FileLock lock;

    private Temp(Path path, FileLock lock) {
      this.path = path;
      this.lock = lock;
    }

    /** The open file, to write into; only for a file being written. */
    FileChannel channel() {
      return lock.channel();
    }

    @Override
    public void close() throws IOException {
      try {
        if (lock != null) {
          lock.channel().close(); // releases the lock
        }
      } finally {
        Files.deleteIfExists(path);
        IN_FLIGHT.remove(path);
      }
    }
  }

  /**
   * A new temporary file beside {@code target}, made as any new file is (its mode from the umask),
   * and locked before anyone can take it for stale.
   */
  static Temp create(Path target) throws IOException {
    while (true) {
      Path path = name(target, PART);
      FileChannel channel;
      try {
        channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      IN_FLIGHT.add(path);
      FileLock lock;
      try {
        lock = channel.lock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        Files.deleteIfExists(path);
        IN_FLIGHT.remove(path);
        throw e;
      }
      // A cleaner of another process may have taken it for stale between its making and its lock.
      if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        return new Temp(path, lock);
      }
      lock.release();
      channel.close();
      IN_FLIGHT.remove(path);
    }
  }

  /**
   * Keeps the file now at {@code target} aside under a temporary name, so that it can be put back;
   * {@code target} itself stays where it is. Null if there is no file to keep.
   */
  static Temp keepAside(Path target) throws IOException {
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(target)) {
      return null;
    }
    while (true) {
      Path aside = name(target, OLD);
      IN_FLIGHT.add(aside);
      try {
        link(aside, target);
      } catch (FileAlreadyExistsException e) {
        IN_FLIGHT.remove(aside);
        continue;
      }
      return new Temp(aside, lockIfWritable(aside));
    }
  }

  /** {@code aside} as a second name of {@code target}'s file, or a copy where links cannot be. */
  private static void link(Path aside, Path target) throws IOException {
    try {
      Files.createLink(aside, target);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      // no hard links here (a FAT stick, some network shares): a copy does as well
      Files.copy(target, aside, LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * A lock on a file kept aside, so that another run's cleaner leaves it; none for a read-only file
   * (which a cleaner cannot open to lock either) or a link.
   */
  private static FileLock lockIfWritable(Path aside) throws IOException {
    if (Files.isSymbolicLink(aside) || !Files.isWritable(aside)) {
      return null;
    }
    FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE);
    try {
      return channel.lock();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static Path name(Path target, String suffix) {
    String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    Path file = target.toAbsolutePath().normalize();
    return file.resolveSibling(
        PREFIX + kept(file.getFileName().toString()) + "." + random + suffix);
  }

  private static String kept(String name) {
    return name.codePointCount(0, name.length()) <= NAME_KEPT
        ? name
        : name.substring(0, name.offsetByCodePoints(0, NAME_KEPT));
  }

  /**
   * Removes the stale temporary files of {@code targets} (file names in {@code folder}): those of
   * kehoach's own a killed run left for them, in this scheme or the one before.
   */
  public static void removeStale(Path folder, List<String> targets) {
    Set<String> own = Set.copyOf(targets.stream().map(TempFiles::kept).toList());
    Set<String> names = Set.copyOf(targets);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        Matcher m = OWN.matcher(n);
        Matcher legacy = LEGACY.matcher(n);
        if ((m.matches() && own.contains(m.group(1)))
            || (legacy.matches() && names.contains(legacy.group(1)))) {
          removeIfStale(p);
        }
      }
    } catch (IOException e) {
      // a folder that cannot be listed now is cleaned on a later run
    }
  }

  /** Removes every stale temporary file of kehoach's own under {@code folder}, at any depth. */
  public static void removeStaleUnder(Path folder) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(p -> OWN.matcher(p.getFileName().toString()).matches()).toList()) {
        removeIfStale(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a file that cannot be removed now is tried again on the next run
    }
  }

  /** Removes {@code file} if no one writes it: if its lock can be taken. */
  private static void removeIfStale(Path file) {
    // Never opened if it is this process's own: closing it would drop this process's lock on it.
    if (IN_FLIGHT.contains(file.toAbsolutePath().normalize())
        || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        Files.deleteIfExists(file);
        lock.release();
      }
    } catch (IOException | OverlappingFileLockException e) {
      // in use, or not ours to open: left as it is
    }
  }
}
