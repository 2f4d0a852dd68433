package kehoach.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kehoach.Kehoach;
import kehoach.document.GlyphCheck;
import kehoach.document.XhtmlDocument;
import kehoach.docx.DocxWriter;
import kehoach.layout.Layout;
import kehoach.model.PlanException;
import kehoach.pdf.PdfWriter;
import kehoach.plan.ComputedPlan;
import kehoach.text.TextWriter;

/** Renders plan models into a folder. */
public final class Renderer {
  private final Layout layout;

  public Renderer(Optional<Path> templates) throws PlanException {
    this.layout = Layout.of(templates);
  }

  /** The intermediate document of {@code plan}, checked for characters the font lacks. */
  public XhtmlDocument document(ComputedPlan plan) throws PlanException {
    XhtmlDocument document = XhtmlDocument.parse(layout.xhtml(plan));
    GlyphCheck.check(document);
    return document;
  }

  /**
   * Renders {@code model} into {@code folder} in each of {@code formats}, named after the model.
   * Nothing is written unless every format could be made.
   *
   * @return the files written
   */
  public List<Path> render(Path model, Set<Format> formats, Path folder)
      throws PlanException, IOException {
    return render(Kehoach.compute(model), baseName(model), formats, folder);
  }

  /** Renders a computed plan into {@code folder} as {@code name} plus each format's extension. */
  public List<Path> render(ComputedPlan plan, String name, Set<Format> formats, Path folder)
      throws PlanException, IOException {
    XhtmlDocument document = document(plan);
    List<Format> order = new ArrayList<>();
    for (Format f : Format.values()) {
      if (formats.contains(f)) {
        order.add(f);
      }
    }
    List<byte[]> contents = inParallel(document, order);
    Files.createDirectories(folder);
    String base = name;
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Path target = folder.resolve(base + "." + order.get(i).extension());
      writeWhole(target, contents.get(i));
      written.add(target);
    }
    return written;
  }

  /**
   * Each format of the document, made at the same time: the writers share nothing but the document,
   * which they only read.
   */
  private static List<byte[]> inParallel(XhtmlDocument document, List<Format> formats)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, formats.size()));
    try {
      List<Future<byte[]>> pending = new ArrayList<>();
      for (Format f : formats) {
        XhtmlDocument own = document.copy();
        pending.add(pool.submit(() -> bytes(own, f)));
      }
      List<byte[]> contents = new ArrayList<>();
      for (Future<byte[]> p : pending) {
        contents.add(p.get());
      }
      return contents;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One format of the document. */
  public static byte[] bytes(XhtmlDocument document, Format format) throws IOException {
    return switch (format) {
      case TXT -> TextWriter.write(document).getBytes(StandardCharsets.UTF_8);
      case PDF -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(document, out);
        yield out.toByteArray();
      }
      case DOCX -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(document, out);
        yield out.toByteArray();
      }
    };
  }

  /** The name of a model without its extension: samples/x.yaml → x. */
  public static String baseName(Path model) {
    String name = model.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Temporary files are private; the finished file is as readable as any other the user makes. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the file keeps the system's default permissions
    }
  }

  /** Temporary files being written now, removed if the process is stopped. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> IN_FLIGHT.forEach(p -> p.toFile().delete()), "kehoach-remove-partial-files"));
  }

  /** The suffix of a file being written; a name with it is never a finished output. */
  public static final String PARTIAL = ".part";

  /** Writes to a temporary name beside the target, then renames: no reader sees half a file. */
  public static void writeWhole(Path target, byte[] content) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", PARTIAL);
    IN_FLIGHT.add(temp);
    try {
      Files.write(temp, content);
      readableByAll(temp);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
      IN_FLIGHT.remove(temp);
    }
  }
}
