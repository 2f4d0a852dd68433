package kehoach.layout;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import kehoach.vi.VietnameseText;

/**
 * FreeMarker, locked down: an office's template may lay out a plan, and do nothing else. Output is
 * escaped, {@code ?new} and {@code ?api} are off, templates load only from the template folders,
 * and every template loaded can be stopped by interrupting the thread that runs it.
 */
final class SandboxConfiguration extends Configuration {
  /** The templates already given their interruption checks; a template is cached and reused. */
  private final Set<Template> interruptible = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * The template each thread loaded last: where a run that nested without end was when it ran out
   * of stack, as near as can be told once the stack is gone.
   */
  private static final ThreadLocal<String> LAST_LOADED = ThreadLocal.withInitial(() -> Layout.MAIN);

  SandboxConfiguration(TemplateLoader loader) {
    super(Configuration.VERSION_2_3_34);
    setTemplateLoader(loader);
    setDefaultEncoding("UTF-8");
    setRecognizeStandardFileExtensions(true);
    setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
    setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    setAPIBuiltinEnabled(false);
    setObjectWrapper(new RecordWrapper());
    setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    setLogTemplateExceptions(false);
    setWrapUncheckedExceptions(true);
    setFallbackOnNullLoopVariable(false);
    setLocale(VietnameseText.VI);
    setTimeZone(TimeZone.getTimeZone("UTC"));
    setNumberFormat("computer");
  }

  /**
   * Every template, the main one and each {@code #include} or {@code #import}, is loaded here: a
   * link out of the template folder becomes an ordinary I/O error, which FreeMarker reports at the
   * {@code #include} that asked for it, and each template gets FreeMarker's thread-interruption
   * checks (in every loop and nested block), which is what lets {@link TemplateRun} stop a loop
   * without end. The checks are added through {@code _CoreAPI}, FreeMarker's internal API for its
   * own tools, since 2.3.x offers no public switch for them.
   */
  @Override
  public synchronized Template getTemplate(
      String name,
      Locale locale,
      Object customLookupCondition,
      String encoding,
      boolean parseAsFTL,
      boolean ignoreMissing)
      throws IOException {
    Template template;
    try {
      template =
          super.getTemplate(
              name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
    } catch (SecurityException e) {
      // FileTemplateLoader refuses a file whose real path leaves the folder (a symbolic link)
      throw new IOException(
          "template \"" + name + "\" is a link to a file outside the template folder: refused");
    }
    if (template == null) {
      return null;
    }
    LAST_LOADED.set(template.getSourceName());
    if (interruptible.add(template)) {
      _CoreAPI.addThreadInterruptedChecks(template);
    }
    return template;
  }

  /** The name of the template this thread loaded last. */
  static String lastLoaded() {
    return LAST_LOADED.get();
  }
}
