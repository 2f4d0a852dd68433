package kehoach.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kehoach.Kehoach;
import kehoach.document.GlyphCheck;
import kehoach.document.XhtmlDocument;
import kehoach.docx.DocxWriter;
import kehoach.files.Replacement;
import kehoach.files.Targets;
import kehoach.files.TempFiles;
import kehoach.layout.Layout;
import kehoach.model.PlanException;
import kehoach.pdf.PdfWriter;
import kehoach.plan.ComputedPlan;
import kehoach.text.TextWriter;

/** Renders plan models into a folder. */
public final class Renderer {
  private final Layout layout;
  private final RenderOptions options;

  /** A renderer with the bundled templates or the office's, writing plain PDF. */
  public Renderer(Optional<Path> templates) throws PlanException {
    this(templates, RenderOptions.DEFAULT);
  }

  public Renderer(Optional<Path> templates, RenderOptions options) throws PlanException {
    this(Layout.of(templates), options);
  }

  private Renderer(Layout layout, RenderOptions options) {
    this.layout = layout;
    this.options = options;
  }

  /**
   * This renderer with other options, sharing its templates: the server's one renderer, asked for
   * PDF/A by one request and not by the next.
   */
  public Renderer with(RenderOptions options) {
    return new Renderer(layout, options);
  }

  public RenderOptions options() {
    return options;
  }

  /** The intermediate document of {@code plan}, checked for characters the font lacks. */
  public XhtmlDocument document(ComputedPlan plan) throws PlanException {
    XhtmlDocument document = XhtmlDocument.parse(layout.xhtml(plan));
    GlyphCheck.check(document);
    return document;
  }

  /**
   * Renders {@code model} into {@code folder} in each of {@code formats}, named after the model.
   * Nothing is written unless every format could be made, and the plan's files are replaced
   * together or not at all.
   *
   * @return the files written
   */
  public List<Path> render(Path model, Set<Format> formats, Path folder)
      throws PlanException, IOException {
    String name = baseName(model);
    Targets.check(
        targets(name, formats, folder).stream()
            .map(t -> Targets.Target.of(t, model.toString()))
            .toList(),
        List.of(model));
    return render(Kehoach.compute(model), name, formats, folder);
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
    List<byte[]> contents = inParallel(plan, document, order);
    Files.createDirectories(folder);
    List<Path> targets = targets(name, formats, folder);
    TempFiles.removeStale(folder, targets.stream().map(t -> t.getFileName().toString()).toList());
    List<Replacement.Output> outputs = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      outputs.add(new Replacement.Output(targets.get(i), contents.get(i)));
    }
    Replacement.all(outputs);
    return targets;
  }

  /**
   * The files a plan named {@code name} is rendered to in {@code folder}, one per format, in the
   * formats' order.
   */
  public static List<Path> targets(String name, Set<Format> formats, Path folder) {
    List<Path> targets = new ArrayList<>();
    for (Format f : Format.values()) {
      if (formats.contains(f)) {
        targets.add(folder.resolve(name + "." + f.extension()));
      }
    }
    return targets;
  }

  /**
   * Each format of the document, made at the same time: the writers share nothing but the document,
   * which they only read.
   */
  private List<byte[]> inParallel(ComputedPlan plan, XhtmlDocument document, List<Format> formats)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, formats.size()));
    try {
      List<Future<byte[]>> pending = new ArrayList<>();
      for (Format f : formats) {
        XhtmlDocument own = document.copy();
        pending.add(pool.submit(() -> bytes(plan, own, f)));
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

  /** One format of {@code plan}, written with this renderer's options. */
  public byte[] bytes(ComputedPlan plan, Format format) throws PlanException, IOException {
    return bytes(plan, document(plan), format);
  }

  private byte[] bytes(ComputedPlan plan, XhtmlDocument document, Format format)
      throws IOException {
    if (format == Format.PDF && options.pdfA()) {
      return ArchivalPdf.write(plan, document);
    }
    return bytes(document, format);
  }

  /** One format of the document, as a plain file (no PDF/A). */
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

  /**
   * Whether {@code output}, a file this renderer would write, was written with its options: a PDF
   * claims PDF/A exactly when PDF/A is asked for, so that {@code batch --pdf-a} does not take a
   * plain PDF for up to date (nor the other way round). Other formats have no options.
   */
  public boolean writtenAsAsked(Path output) throws IOException {
    if (!output.getFileName().toString().endsWith("." + Format.PDF.extension())) {
      return true;
    }
    return PdfWriter.claimsPdfA(Files.readAllBytes(output)) == options.pdfA();
  }

  /** The name of a model without its extension: samples/x.yaml → x. */
  public static String baseName(Path model) {
    String name = model.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Writes {@code target} whole: a reader sees the old file or the new one, never half (see {@link
   * Replacement}).
   */
  public static void writeWhole(Path target, byte[] content) throws IOException {
    Replacement.write(target, content);
  }
}
