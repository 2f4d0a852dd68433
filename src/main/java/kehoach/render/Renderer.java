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
import java.util.regex.Pattern;
import kehoach.Kehoach;
import kehoach.document.GlyphCheck;
import kehoach.document.XhtmlDocument;
import kehoach.docx.DocxWriter;
import kehoach.files.Replacement;
import kehoach.files.Targets;
import kehoach.files.TempFiles;
import kehoach.layout.Layout;
import kehoach.model.PlanException;
import kehoach.pages.LaidOut;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;
import kehoach.pdf.PdfWriter;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Planner;
import kehoach.text.TextWriter;
import kehoach.vi.VietnameseDate;

/** Renders plan models into a folder. */
public final class Renderer {
  private final Layout layout;
  private final RenderOptions options;

  /** Whether the metadata file is written with the plan's other files ({@link MetadataFile}). */
  private final boolean metadata;

  /**
   * Whether a plan's formats are written at the same time, each on a thread of its own: for one
   * plan at a time (render, the server); a batch that already renders a plan per core writes them
   * one after another, on the one DOM, without copying it.
   */
  private final boolean writersAtOnce;

  /** A renderer with the bundled templates or the office's, writing plain PDF. */
  public Renderer(Optional<Path> templates) throws PlanException {
    this(templates, RenderOptions.DEFAULT);
  }

  public Renderer(Optional<Path> templates, RenderOptions options) throws PlanException {
    this(Layout.of(templates), options);
  }

  private Renderer(Layout layout, RenderOptions options) {
    this(layout, options, false, true);
  }

  private Renderer(Layout layout, RenderOptions options, boolean metadata, boolean writersAtOnce) {
    this.layout = layout;
    this.options = options;
    this.writersAtOnce = writersAtOnce;
    this.metadata = metadata;
  }

  /**
   * This renderer writing, or not, the plan's metadata file ({@code NAME.metadata.json}) in the
   * same all-or-nothing set as its other files.
   */
  public Renderer withMetadata(boolean wanted) {
    return new Renderer(layout, options, wanted, writersAtOnce);
  }

  /**
   * This renderer writing a plan's formats at the same time ({@code true}, the default) or one
   * after another: a batch of as many plans at once as there are cores gains nothing from a thread
   * per format, and a second DOM per plan costs it a parse (issue 14).
   */
  public Renderer withWritersAtOnce(boolean atOnce) {
    return new Renderer(layout, options, metadata, atOnce);
  }

  /**
   * This renderer with other options, sharing its templates: the server's one renderer, asked for
   * PDF/A by one request and not by the next.
   */
  public Renderer with(RenderOptions options) {
    return new Renderer(layout, options, metadata, writersAtOnce);
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

  /**
   * Does ahead what laying out a first plan needs before the plan is there (the bundled templates
   * parsed, the XML parser set up), for a command to have it done on another thread while it loads
   * the plan: a cold {@code check} waits the less (docs/performance.md).
   */
  public void prepare() {
    layout.prepare();
    XhtmlDocument.prepare();
  }

  /** The intermediate document of {@code plan}, checked for characters the font lacks. */
  public XhtmlDocument document(ComputedPlan plan) throws PlanException {
    return checked(marked(layout.xhtml(issued(plan))));
  }

  /**
   * The document of {@code plan}'s appendix number {@code index} (from 0) in a file of its own
   * ({@link AppendixFiles}), checked for characters the font lacks.
   */
  public XhtmlDocument appendixDocument(ComputedPlan plan, int index) throws PlanException {
    ComputedPlan issued = issued(plan);
    return checked(marked(layout.xhtml(issued, issued.appendices().get(index))));
  }

  /**
   * What each file says of the options it was written with, so that {@code batch} does not take a
   * file written in another issue for up to date ({@link #writtenAsAsked}): "issue=electronic",
   * "issue=electronic appendices=separate"; empty on paper, where the files stay as they were.
   */
  public String optionsMark() {
    if (options.issue() == RenderOptions.Issue.PAPER) {
      return "";
    }
    return "issue=electronic"
        + (options.appendices() == RenderOptions.Appendices.SEPARATE ? " appendices=separate" : "");
  }

  /**
   * {@code xhtml} with {@link #optionsMark} as its {@code kehoach.options} meta line, which the
   * writers carry into the PDF's information dictionary and the DOCX's core properties; in Java,
   * not the templates, so that an office's own templates mark their files too.
   */
  private String marked(String xhtml) {
    String mark = optionsMark();
    int head = xhtml.indexOf("<head>");
    if (mark.isEmpty() || head < 0) {
      return xhtml;
    }
    int at = head + "<head>".length();
    return xhtml.substring(0, at)
        + "<meta name=\"kehoach.options\" content=\""
        + mark
        + "\"/>"
        + xhtml.substring(at);
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
    Optional<LaidOut> laidOut = layOut(document, order, metadata);
    int pages = laidOut.map(l -> l.pages().size()).orElse(0);
    List<byte[]> contents = new ArrayList<>(inParallel(own, document, laidOut, order));
    laidOut = Optional.empty(); // the pages are not held while the appendices are written
    List<List<String>> appendixFiles = new ArrayList<>();
    if (separate) {
      for (int i = 0; i < plan.appendices().size(); i++) {
        ComputedAppendix a = plan.appendices().get(i);
        XhtmlDocument appendix = appendixDocument(plan, i);
        contents.addAll(inParallel(own, appendix, layOut(appendix, order, false), order));
        appendixFiles.add(
            targets(AppendixFiles.name(name, a), formats, folder).stream()
                .map(t -> t.getFileName().toString())
                .toList());
      }
    }
    if (metadata) {
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
   * {@code document} laid out once for all of {@code formats} that draw pages (PDF) or repeat the
   * layout's decisions (DOCX), and for the page count of the metadata when {@code count}: nothing
   * when none needs it (text alone).
   */
  private static Optional<LaidOut> layOut(
      XhtmlDocument document, List<Format> formats, boolean count) {
    boolean needed = count || formats.contains(Format.PDF) || formats.contains(Format.DOCX);
    return needed ? Optional.of(PageLayout.layOut(document)) : Optional.empty();
  }

  /**
   * Each format of the document, made at the same time from its one layout: the writers share
   * nothing but the document and {@code laidOut}, which they only read.
   */
  private List<byte[]> inParallel(
      ComputedPlan plan, XhtmlDocument document, Optional<LaidOut> laidOut, List<Format> formats)
      throws IOException {
    if (formats.size() > 1 && (!writersAtOnce || !roomForWriters(document, formats.size()))) {
      // one after another, on the one DOM: the same bytes, in the memory of one writer
      List<byte[]> contents = new ArrayList<>();
      for (Format f : formats) {
        contents.add(bytes(plan, document, laidOut, f));
      }
      return contents;
    }
    // the DOCX writes the document that was laid out: the layout's decisions name its elements
    Format first = formats.contains(Format.DOCX) ? Format.DOCX : formats.get(0);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, formats.size()));
    try {
      List<Future<byte[]>> pending = new ArrayList<>();
      for (Format f : formats) {
        // one writer reads the document itself, the others copies: one DOM per writer, and no DOM
        // more (a DOM is held whole while a writer runs: issue 14's -Xmx256m)
        XhtmlDocument own = f == first ? document : document.copy();
        pending.add(pool.submit(() -> bytes(plan, own, laidOut, f)));
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
    return bytes(issued(plan), document(plan), Optional.empty(), format);
  }

  /**
   * One format of {@code document}, from {@code laidOut} when it is given (it must be {@code
   * document}'s layout, or that of its source for a PDF), laying the pages out otherwise.
   */
  private byte[] bytes(
      ComputedPlan plan, XhtmlDocument document, Optional<LaidOut> laidOut, Format format)
      throws IOException {
    if (format == Format.PDF && (options.pdfA() || options.signatureFields())) {
      List<Page> pages = laidOut.map(LaidOut::pages).orElseGet(() -> PageLayout.pages(document));
      if (options.pdfA()) {
        return ArchivalPdf.write(plan, document, pages, options.signatureFields());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfWriter.writeWithSignatureFields(document, pages, out);
      return out.toByteArray();
    }
    return bytes(document, format, laidOut);
  }

  /** One format of the document, as a plain file (no PDF/A). */
  public static byte[] bytes(XhtmlDocument document, Format format) throws IOException {
    return bytes(document, format, Optional.empty());
  }

  private static byte[] bytes(XhtmlDocument document, Format format, Optional<LaidOut> laidOut)
      throws IOException {
    return switch (format) {
      case TXT -> TextWriter.write(document).getBytes(StandardCharsets.UTF_8);
      case PDF -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(
            document, laidOut.map(LaidOut::pages).orElseGet(() -> PageLayout.pages(document)), out);
        yield out.toByteArray();
      }
      case DOCX -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(
            document,
            laidOut.map(LaidOut::decisions).orElseGet(() -> PageLayout.decisions(document)),
            out);
        yield out.toByteArray();
      }
    };
  }

  /**
   * Whether {@code output}, a file this renderer would write, was written with its options: a PDF
   * claims PDF/A exactly when PDF/A is asked for, so that {@code batch --pdf-a} does not take a
   * plain PDF for up to date (nor the other way round); a PDF or DOCX carries the issue and the
   * appendices' placement it was written with ({@link #optionsMark}), a PDF its signature fields or
   * none, and a text file the blank year of an electronic issue ("năm 20…") or not.
   */
  public boolean writtenAsAsked(Path output) throws IOException {
    String name = output.getFileName().toString();
    if (name.endsWith("." + Format.PDF.extension())) {
      byte[] pdf = Files.readAllBytes(output);
      return PdfWriter.claimsPdfA(pdf) == options.pdfA()
          && PdfWriter.optionsMark(pdf).equals(optionsMark())
          && SIGNATURE_FIELD.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).find()
              == options.signatureFields();
    }
    if (name.endsWith("." + Format.DOCX.extension())) {
      return DocxWriter.optionsMark(output).equals(optionsMark());
    }
    if (name.endsWith("." + Format.TXT.extension())) {
      boolean electronic = Files.readString(output).contains("năm " + VietnameseDate.BLANK_YEAR);
      return electronic == (options.issue() == RenderOptions.Issue.ELECTRONIC);
    }
    return true;
  }

  /** A signature field's type, as {@code --signature-fields} writes it, uncompressed. */
  private static final Pattern SIGNATURE_FIELD = Pattern.compile("/FT\\s*/Sig\\b");

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
