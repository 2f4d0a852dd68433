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
import java.util.function.Consumer;
import kehoach.Kehoach;
import kehoach.document.GlyphCheck;
import kehoach.document.XhtmlDocument;
import kehoach.docx.DocxWriter;
import kehoach.files.Replacement;
import kehoach.files.Targets;
import kehoach.files.TempFiles;
import kehoach.layout.Layout;
import kehoach.model.PlanException;
import kehoach.pages.PageLayout;
import kehoach.pdf.PdfWriter;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Planner;
import kehoach.text.TextWriter;

/** Renders plan models into a folder. */
public final class Renderer {
  private final Layout layout;
  private final RenderOptions options;

  /** Whether the metadata file is written with the plan's other files ({@link MetadataFile}). */
  private final boolean metadata;

  /** A renderer with the bundled templates or the office's, writing plain PDF. */
  public Renderer(Optional<Path> templates) throws PlanException {
    this(templates, RenderOptions.DEFAULT);
  }

  public Renderer(Optional<Path> templates, RenderOptions options) throws PlanException {
    this(Layout.of(templates), options);
  }

  private Renderer(Layout layout, RenderOptions options) {
    this(layout, options, false);
  }

  private Renderer(Layout layout, RenderOptions options, boolean metadata) {
    this.layout = layout;
    this.options = options;
    this.metadata = metadata;
  }

  /**
   * This renderer writing, or not, the plan's metadata file ({@code NAME.metadata.json}) in the
   * same all-or-nothing set as its other files.
   */
  public Renderer withMetadata(boolean wanted) {
    return new Renderer(layout, options, wanted);
  }

  /**
   * This renderer with other options, sharing its templates: the server's one renderer, asked for
   * PDF/A by one request and not by the next.
   */
  public Renderer with(RenderOptions options) {
    return new Renderer(layout, options, metadata);
  }

  public RenderOptions options() {
    return options;
  }

  /**
   * {@code plan} as this renderer's options issue it: as computed on paper, with number and date
   * left for the văn thư's signing tool in electronic issue ({@link Planner#electronicIssue}).
   */
  public ComputedPlan issued(ComputedPlan plan) {
    return options.issue() == RenderOptions.Issue.ELECTRONIC ? Planner.electronicIssue(plan) : plan;
  }

  /**
   * What {@code plan}'s model states that these options do not print, one note each: in electronic
   * issue, its number and date ("document.number 5 is not printed in electronic issue; …").
   */
  public List<String> notes(ComputedPlan plan) {
    return options.issue() == RenderOptions.Issue.ELECTRONIC
        ? Planner.notPrintedInElectronicIssue(plan.model())
        : List.of();
  }

  /** The intermediate document of {@code plan}, checked for characters the font lacks. */
  public XhtmlDocument document(ComputedPlan plan) throws PlanException {
    return checked(layout.xhtml(issued(plan)));
  }

  /**
   * The document of {@code plan}'s appendix number {@code index} (from 0) in a file of its own
   * ({@link AppendixFiles}), checked for characters the font lacks.
   */
  public XhtmlDocument appendixDocument(ComputedPlan plan, int index) throws PlanException {
    ComputedPlan issued = issued(plan);
    return checked(layout.xhtml(issued, issued.appendices().get(index)));
  }

  private static XhtmlDocument checked(String xhtml) throws PlanException {
    XhtmlDocument document = XhtmlDocument.parse(xhtml);
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
    return render(model, formats, folder, note -> {});
  }

  /**
   * As {@link #render(Path, Set, Path)}, telling {@code notes} what the model states that these
   * options do not print (see {@link #notes}).
   */
  public List<Path> render(Path model, Set<Format> formats, Path folder, Consumer<String> notes)
      throws PlanException, IOException {
    String name = baseName(model);
    Targets.check(
        ownTargets(name, formats, folder).stream()
            .map(t -> Targets.Target.of(t, model.toString()))
            .toList(),
        List.of(model));
    ComputedPlan plan = Kehoach.compute(model);
    notes(plan).forEach(notes);
    // the appendices' own files and the metadata file are known once the plan is
    Targets.check(
        targets(plan, name, formats, folder).stream()
            .map(t -> Targets.Target.of(t, model.toString()))
            .toList(),
        List.of(model));
    return render(plan, name, formats, folder);
  }

  /**
   * Renders a computed plan into {@code folder} as {@code name} plus each format's extension, with
   * each appendix in files of its own when the options say so ({@link AppendixFiles}) and the
   * metadata file when asked: every file of the plan is replaced together, or none is.
   *
   * @return the files written, as {@link #targets(ComputedPlan, String, Set, Path)} lists them
   */
  public List<Path> render(ComputedPlan computed, String name, Set<Format> formats, Path folder)
      throws PlanException, IOException {
    ComputedPlan plan = issued(computed);
    boolean separate = separate(plan);
    ComputedPlan own = separate ? plan.withoutAppendices() : plan;
    XhtmlDocument document = document(own);
    List<Format> order = new ArrayList<>();
    for (Format f : Format.values()) {
      if (formats.contains(f)) {
        order.add(f);
      }
    }
    List<byte[]> contents = new ArrayList<>(inParallel(own, document, order));
    List<List<String>> appendixFiles = new ArrayList<>();
    if (separate) {
      for (int i = 0; i < plan.appendices().size(); i++) {
        ComputedAppendix a = plan.appendices().get(i);
        contents.addAll(inParallel(own, appendixDocument(plan, i), order));
        appendixFiles.add(
            targets(AppendixFiles.name(name, a), formats, folder).stream()
                .map(t -> t.getFileName().toString())
                .toList());
      }
    }
    if (metadata) {
      int pages = PageLayout.pages(document.copy()).size();
      contents.add(MetadataJson.bytes(Metadata.of(plan, pages, appendixFiles)));
    }
    Files.createDirectories(folder);
    List<Path> targets = targets(plan, name, formats, folder);
    TempFiles.removeStale(folder, targets.stream().map(t -> t.getFileName().toString()).toList());
    List<Replacement.Output> outputs = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      outputs.add(new Replacement.Output(targets.get(i), contents.get(i)));
    }
    Replacement.all(outputs);
    return targets;
  }

  /**
   * Every file {@link #render(ComputedPlan, String, Set, Path)} writes for {@code plan}: the plan's
   * own in each format, then each appendix's in each format when they are issued separately, then
   * the metadata file when asked.
   */
  public List<Path> targets(ComputedPlan plan, String name, Set<Format> formats, Path folder) {
    List<Path> targets = new ArrayList<>(targets(name, formats, folder));
    if (separate(plan)) {
      targets.addAll(AppendixFiles.targets(plan, name, formats, folder));
    }
    if (metadata) {
      targets.add(MetadataFile.target(name, folder));
    }
    return targets;
  }

  /**
   * The files a plan named {@code name} writes whatever it holds: its own in each format and the
   * metadata file when asked. Appendices in files of their own add theirs, known once the plan is
   * computed ({@link #targets(ComputedPlan, String, Set, Path)}).
   */
  public List<Path> ownTargets(String name, Set<Format> formats, Path folder) {
    List<Path> targets = new ArrayList<>(targets(name, formats, folder));
    if (metadata) {
      targets.add(MetadataFile.target(name, folder));
    }
    return targets;
  }

  /** Whether {@code plan}'s appendices go each in a file of its own. */
  private boolean separate(ComputedPlan plan) {
    return options.appendices() == RenderOptions.Appendices.SEPARATE
        && !plan.appendices().isEmpty();
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
    if (formats.size() > 1 && !roomForWriters(document, formats.size())) {
      // one after another, on the one DOM: the same bytes, in the memory of one writer
      List<byte[]> contents = new ArrayList<>();
      for (Format f : formats) {
        contents.add(bytes(plan, document, f));
      }
      return contents;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, formats.size()));
    try {
      List<Future<byte[]>> pending = new ArrayList<>();
      for (Format f : formats) {
        // the first writer reads the document itself, the others copies: one DOM per writer, and
        // no DOM more (a DOM is held whole while a writer runs: issue 14's -Xmx256m)
        XhtmlDocument own = pending.isEmpty() ? document : document.copy();
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

  /**
   * Heap a writer holds while it runs, per character of the document's XHTML: its own DOM (about 13
   * bytes a character) and the laid-out pages or the output (about as much again), measured on a
   * 10,000-row plan (issue 14).
   */
  private static final long BYTES_PER_CHARACTER = 32;

  /**
   * Whether {@code writers} writers can each hold the document at once within half the heap: a plan
   * of ten thousand rows (a DOM of about 100 MB) under {@code -Xmx256m} is written one format after
   * another instead of running out of memory.
   */
  private static boolean roomForWriters(XhtmlDocument document, int writers) {
    long needed = writers * BYTES_PER_CHARACTER * document.source().length();
    return needed < Runtime.getRuntime().maxMemory() / 2;
  }

  /** One format of {@code plan}, written with this renderer's options. */
  public byte[] bytes(ComputedPlan plan, Format format) throws PlanException, IOException {
    return bytes(issued(plan), document(plan), format);
  }

  private byte[] bytes(ComputedPlan plan, XhtmlDocument document, Format format)
      throws IOException {
    if (format == Format.PDF && options.pdfA()) {
      return ArchivalPdf.write(plan, document, options.signatureFields());
    }
    if (format == Format.PDF && options.signatureFields()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfWriter.writeWithSignatureFields(document, out);
      return out.toByteArray();
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
