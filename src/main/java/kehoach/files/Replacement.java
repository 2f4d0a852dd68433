package kehoach.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import kehoach.files.TempFiles.Temp;

/**
 * Writes files whole, and a set of files together or not at all: every file is first written to a
 * temporary file beside its target, and only when all are whole are they renamed into place. If a
 * rename fails (a folder in the way, a full disk), the files already replaced are put back as they
 * were, so a plan's DOCX and PDF never come from two different runs.
 *
 * <p>A new file gets the mode any new file of the user gets (the umask decides); a file replaced
 * keeps its mode. A target that is a symbolic link is replaced, not written through; a model edited
 * in place is written through its links ({@link #editInPlace}).
 */
public final class Replacement {
  private Replacement() {}

  /** A file to write and its content. */
  public record Output(Path target, byte[] content) {
    public Output {
      target = target.toAbsolutePath();
    }
  }

  /** Writes {@code target} whole: a reader sees the old file or the new one, never half. */
  public static void write(Path target, byte[] content) throws IOException {
    all(List.of(new Output(target, content)));
  }

  /**
   * Writes {@code file}, a model being edited in place, through its symbolic links: the file they
   * point to is replaced, and the links stay links.
   */
  public static void editInPlace(Path file, byte[] content) throws IOException {
    write(file.toRealPath(), content);
  }

  /** Writes every output, or none: see the class comment. */
  public static void all(List<Output> outputs) throws IOException {
    List<Temp> temps = new ArrayList<>();
    List<Temp> asides = new ArrayList<>();
    try {
      for (Output o : outputs) {
        temps.add(written(o));
      }
      for (Output o : outputs) {
        asides.add(TempFiles.keepAside(o.target()));
      }
      renameAll(outputs, temps, asides);
    } finally {
      closeAll(temps);
      closeAll(asides);
    }
  }

  /**
   * The content of {@code output} in a temporary file beside its target, with the target's mode.
   */
  private static Temp written(Output output) throws IOException {
    Temp temp = TempFiles.create(output.target());
    try {
      ByteBuffer buffer = ByteBuffer.wrap(output.content());
      while (buffer.hasRemaining()) {
        temp.channel().write(buffer);
      }
      keepMode(output.target(), temp.path);
      return temp;
    } catch (IOException | RuntimeException e) {
      temp.close();
      throw e;
    }
  }

  /** Gives {@code temp} the mode of the file it replaces, if there is one. */
  private static void keepMode(Path target, Path temp) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
    }
  }

  private static void renameAll(List<Output> outputs, List<Temp> temps, List<Temp> asides)
      throws IOException {
    for (int i = 0; i < outputs.size(); i++) {
      Path target = outputs.get(i).target();
      try {
        move(temps.get(i).path, target);
      } catch (IOException e) {
        putBack(outputs.subList(0, i), asides);
        throw new IOException(
            "cannot replace "
                + target
                + ": "
                + reason(e)
                + (outputs.size() > 1 ? "; the files already there are as they were" : ""),
            e);
      }
    }
  }

  /** Puts the previous files of {@code replaced} back, or removes them where there were none. */
  private static void putBack(List<Output> replaced, List<Temp> asides) throws IOException {
    for (int i = 0; i < replaced.size(); i++) {
      Path target = replaced.get(i).target();
      if (asides.get(i) == null) {
        Files.deleteIfExists(target);
      } else {
        move(asides.get(i).path, target);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * Releases temporary files, removing those not renamed into place; one that cannot be removed now
   * is stale once this run ends, and a later run removes it.
   */
  private static void closeAll(List<Temp> temps) {
    for (Temp t : temps) {
      if (t != null) {
        try {
          t.close();
        } catch (IOException e) {
          // left for a later run's cleaner
        }
      }
    }
  }
}
