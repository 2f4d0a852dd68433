package kehoach.layout;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.plan.ComputedPlan;
import kehoach.vi.VietnameseText;

/** Fills the layout templates with a computed plan. */
public final class Layout {
  /** The template the document starts from. */
  public static final String MAIN = "plan.ftlx";

  private final Configuration config;

  private Layout(Configuration config) {
    this.config = config;
  }

  /**
   * The bundled layout, with {@code overlay}'s templates taking the place of those of the same
   * name.
   */
  public static Layout of(Optional<Path> overlay) throws PlanException {
    TemplateLoader bundled = new ClassTemplateLoader(Layout.class, "/kehoach/templates");
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
    return new Layout(configure(loader));
  }

  /** FreeMarker, locked down: an office's template may lay out a plan, and do nothing else. */
  private static Configuration configure(TemplateLoader loader) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setTemplateLoader(loader);
    c.setDefaultEncoding("UTF-8");
    c.setRecognizeStandardFileExtensions(true);
    c.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setLocale(VietnameseText.VI);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    return c;
  }

  /**
   * The plan as the intermediate XHTML document.
   *
   * @throws PlanException when a template is wrong, naming its file, line and column
   */
  public String xhtml(ComputedPlan plan) throws PlanException {
    try {
      Template template = config.getTemplate(MAIN);
      StringWriter out = new StringWriter();
      template.process(Map.of("plan", plan), out);
      return Units.mark(out.toString());
    } catch (ParseException e) {
      throw templateProblem(
          e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
    } catch (TemplateException e) {
      String name = Optional.ofNullable(e.getTemplateSourceName()).orElse(MAIN);
      int line = Optional.ofNullable(e.getLineNumber()).orElse(0);
      int column = Optional.ofNullable(e.getColumnNumber()).orElse(0);
      throw templateProblem(name, line, column, summary(e.getMessageWithoutStackTop()));
    } catch (IOException e) {
      throw new PlanException(
          new Problem(Location.ofFile(MAIN), "", "the template cannot be read: " + e.getMessage()));
    }
  }

  private static PlanException templateProblem(String name, int line, int column, String message) {
    return new PlanException(
        new Problem(new Location("template " + name, line, column), "", message));
  }

  /** FreeMarker's message without its tips and stack: what failed, and why. */
  private static String summary(String message) {
    StringBuilder out = new StringBuilder();
    int kept = 0;
    for (String line : message.strip().split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("----") || l.startsWith("Tip:") || l.startsWith("==>")) {
        continue;
      }
      if (l.startsWith("FTL stack") || kept == 2) {
        break;
      }
      out.append(kept++ == 0 ? "" : " ").append(l);
    }
    return out.toString();
  }
}
