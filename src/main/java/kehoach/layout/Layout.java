package kehoach.layout;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Template;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;

/** Fills the layout templates with a computed plan. */
public final class Layout {
  /** The template the document starts from. */
  public static final String MAIN = "plan.ftlx";

  /** The template an appendix in a file of its own starts from. */
  public static final String APPENDIX_FILE = "appendix-file.ftlx";

  /**
   * The bundled templates, every one in {@code templates/} ({@code LayoutTest} holds the list to
   * the folder): the only names {@link BundledTemplates} answers.
   */
  static final List<String> BUNDLED =
      List.of(
          MAIN,
          "header.ftlx",
          "body.ftlx",
          "parts.ftlx",
          "page.ftlx",
          "signature.ftlx",
          "appendix.ftlx",
          APPENDIX_FILE);

  private final SandboxConfiguration config;
  private final TemplateLimits limits;
  private final boolean bundled;

  private Layout(SandboxConfiguration config, TemplateLimits limits, boolean bundled) {
    this.config = config;
    this.limits = limits;
    this.bundled = bundled;
  }

  /**
   * The bundled layout, with {@code overlay}'s templates taking the place of those of the same
   * name, run within the {@linkplain TemplateLimits#current() limits} of every command.
   */
  public static Layout of(Optional<Path> overlay) throws PlanException {
    return of(overlay, TemplateLimits.current());
  }

  /** As {@link #of(Optional)}, within {@code limits}. */
  public static Layout of(Optional<Path> overlay, TemplateLimits limits) throws PlanException {
    TemplateLoader bundled = new BundledTemplates();
    TemplateLoader loader = bundled;
    if (overlay.isPresent()) {
      Path dir = overlay.get();
      if (!Files.isDirectory(dir)) {
        throw new PlanException(
            new Problem(Location.ofFile(dir.toString()), "", "is not a folder of templates"));
      }
      try {
        loader =
            new MultiTemplateLoader(
                new TemplateLoader[] {new FileTemplateLoader(dir.toFile()), bundled});
      } catch (IOException e) {
        throw new PlanException(
            new Problem(Location.ofFile(dir.toString()), "", "cannot be read: " + e.getMessage()));
      }
    }
    return new Layout(new SandboxConfiguration(loader), limits, overlay.isEmpty());
  }

  /**
   * Reads and parses the bundled templates of a plan's document now rather than when a plan first
   * needs them, so that a command can have it done on another thread while it loads the plan; not
   * {@link #APPENDIX_FILE}, which only an appendix issued in a file of its own needs, after its
   * plan's document (a check never does). An office's templates are left to be read when used,
   * where an error in one is reported at the {@code #include} that asked for it, as it always is.
   */
  public void prepare() {
    if (!bundled) {
      return;
    }
    for (String name : BUNDLED) {
      if (name.equals(APPENDIX_FILE)) {
        continue;
      }
      try {
        config.getTemplate(name);
      } catch (IOException e) {
        // not expected of the bundled templates; should it happen, the run that needs the template
        // reads it again and reports the error
      }
    }
  }

  /**
   * The plan as the intermediate XHTML document: the templates run within {@link TemplateLimits},
   * and what they wrote may refer to nothing outside itself ({@link References}).
   *
   * @throws PlanException when a template is wrong, naming its file, line and column
   */
  public String xhtml(ComputedPlan plan) throws PlanException {
    return xhtml(MAIN, Map.of("plan", plan));
  }

  /**
   * One appendix of {@code plan} as a document of its own ({@link #APPENDIX_FILE}), for an appendix
   * issued in a separate file (NĐ 30 Phụ lục III, Mẫu 2.2).
   *
   * @throws PlanException when a template is wrong, naming its file, line and column
   */
  public String xhtml(ComputedPlan plan, ComputedAppendix appendix) throws PlanException {
    return xhtml(APPENDIX_FILE, Map.of("plan", plan, "appendix", appendix));
  }

  private String xhtml(String template, Map<String, Object> values) throws PlanException {
    Template main;
    try {
      main = config.getTemplate(template);
    } catch (IOException e) {
      throw TemplateRun.problemOf(e);
    }
    TemplateOutput output = TemplateRun.process(main, values, limits);
    String xhtml = output.text();
    Optional<References.Refusal> refusal = References.find(xhtml);
    if (refusal.isPresent()) {
      throw refused(refusal.get(), output.templateAt(refusal.get().offset()));
    }
    return Units.mark(xhtml);
  }

  /**
   * A refused reference, at the template that wrote it and, when its text is written there as it is
   * (as an {@code <img} or a {@code url(} usually is), at its line and column.
   */
  private PlanException refused(References.Refusal refusal, String template) {
    Where where = Where.of(template);
    String source = source(template);
    int at = source.toLowerCase(Locale.ROOT).indexOf(refusal.needle().toLowerCase(Locale.ROOT));
    if (at >= 0) {
      int lineStart = source.lastIndexOf('\n', at) + 1;
      int line = (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      where = new Where(template, line, at - lineStart + 1);
    }
    return new PlanException(new Problem(where.location(), "", refusal.message()));
  }

  /** The text of {@code template} as the folders hold it, or empty text if it cannot be read. */
  private String source(String template) {
    try {
      TemplateLoader loader = config.getTemplateLoader();
      Object found = loader.findTemplateSource(template);
      if (found == null) {
        return "";
      }
      try (Reader reader = loader.getReader(found, "UTF-8")) {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        return text.toString();
      } finally {
        loader.closeTemplateSource(found);
      }
    } catch (IOException | SecurityException e) {
      return "";
    }
  }
}
