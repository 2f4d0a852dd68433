package kehoach.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.utility.DeepUnwrap;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import kehoach.Kehoach;
import kehoach.plan.ComputedPlan;
import org.junit.jupiter.api.Test;

/**
 * The templates see a plan through {@link RecordWrapper} exactly as through FreeMarker's default
 * wrapper: every name of every value a template can reach gives the same answer, and the bundled
 * templates the same document.
 */
class RecordWrapperTest {
  private static final ObjectWrapper DEFAULT =
      new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
  private static final RecordWrapper OURS = new RecordWrapper();

  private static List<ComputedPlan> plans() throws Exception {
    List<ComputedPlan> plans = new ArrayList<>();
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path p : samples.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        plans.add(Kehoach.compute(p));
      }
    }
    return plans;
  }

  @Test
  void everyNameOfEveryValueATemplateCanReachReadsTheSame() throws Exception {
    Map<Class<?>, List<Object>> values = new LinkedHashMap<>();
    for (ComputedPlan plan : plans()) {
      collect(plan, values);
    }
    collect(Optional.empty(), values);
    assertTrue(values.size() > 20, "values reached: " + values.keySet());
    int fast = 0;
    for (Map.Entry<Class<?>, List<Object>> e : values.entrySet()) {
      RecordWrapper.Members members = RecordWrapper.Members.of(e.getKey());
      fast += members.values().size() + members.calls().size();
      for (Object value : e.getValue()) {
        for (String name : names(e.getKey())) {
          String where = e.getKey().getName() + "." + name;
          assertEquals(read(DEFAULT, value, name), read(OURS, value, name), where);
          assertEquals(call(DEFAULT, value, name), call(OURS, value, name), where + "()");
        }
      }
    }
    // what makes the wrapper worth having: most names are answered without the default one
    assertTrue(fast > 60, "names answered by RecordWrapper itself: " + fast);
  }

  @Test
  void theBundledTemplatesMakeTheSameDocument() throws Exception {
    for (ComputedPlan plan : plans()) {
      String expected = fill(DEFAULT, "plan.ftlx", plan);
      assertEquals(expected, fill(OURS, "plan.ftlx", plan));
      assertTrue(expected.contains(plan.signer()));
    }
  }

  /** What a template does with values beyond reading them: tests, built-ins, printing. */
  @Test
  void aTemplateTestingAndPrintingValuesSeesTheSame() throws Exception {
    String template =
        """
        <#assign h = plan.header>
        ${h?is_hash?c} ${h?is_hash_ex?c} ${h?is_string?c} ${h?is_method?c} ${h?has_content?c}
        ${h.parentAgency?is_hash?c} ${h.parentAgency.present?c} ${h.parentAgency.isPresent()?c}
        ${h.parentAgency.isPresent?is_method?c} <#if h.parentAgency.isPresent()>${h.parentAgency.get()}</#if>
        ${h.title?size} ${h.title()?size} ${h.draft?c} ${h.draft()?c} ${h.documentName}
        ${h?keys?size} ${h.nosuch!"missing"} ${h.title?is_method?c}
        <#list plan.body as p>${p.kind()} ${p.kind} ${p?string} ${p.hashCode?is_method?c}
        <#if p.kind() == "heading">${p.title.plain()} ${p.title.empty?c} ${p.title.isEmpty()?c}
        ${p.title.isEmpty?is_method?c} ${p.title} ${p.level + 1} ${p.level()?c}</#if></#list>
        ${plan.budgets?keys?join(",")} ${plan.model.issuer.name}
        """;
    for (ComputedPlan plan : plans()) {
      assertEquals(fill(DEFAULT, template, plan), fill(OURS, template, plan));
    }
  }

  @Test
  void aMethodGivenArgumentsItDoesNotTakeFailsAsBefore() throws Exception {
    String template = "${plan.header.title(1)?size}";
    ComputedPlan plan = plans().get(0);
    String expected = failure(DEFAULT, template, plan);
    assertFalse(expected.isEmpty());
    assertEquals(expected, failure(OURS, template, plan));
  }

  /**
   * {@code ?has_content} of an empty text: FreeMarker asks whether a value is its bean model (never
   * empty) before whether it is a string (an empty text's is ""), so RecordWrapper's models are
   * bean models (found by a review).
   */
  @Test
  void anEmptyTextHasContentAsBefore() throws Exception {
    String template =
        "<#list plan.body as p><#if p.kind() == \"heading\">${p.text?has_content?c}"
            + " ${p.title?has_content?c} ${(p.text)!\"none\"}</#if></#list>";
    for (ComputedPlan plan : plans()) {
      String expected = fill(DEFAULT, template, plan);
      assertTrue(expected.contains("true"), expected);
      assertEquals(expected, fill(OURS, template, plan));
    }
  }

  /** A record of a type FreeMarker's member-access policy holds to a list of allowed members. */
  public record Typed(String name) implements java.lang.reflect.Type {
    public String secret() {
      return "secret";
    }
  }

  /** What the member-access policy hides stays hidden (found by a review). */
  @Test
  void theMemberAccessPolicyStillApplies() {
    Typed t = new Typed("a");
    for (String name : List.of("secret", "name", "getTypeName")) {
      assertEquals(read(DEFAULT, t, name), read(OURS, t, name), name);
      assertEquals(call(DEFAULT, t, name), call(OURS, t, name), name + "()");
    }
  }

  /**
   * RecordWrapper reads a record's components from their fields: what an accessor returns unless it
   * is written by hand. No record of kehoach's writes one; this fails when one does, since
   * templates would then see the field rather than what the accessor returns.
   */
  @Test
  void noRecordWritesAnAccessorByHand() throws Exception {
    Map<String, Class<?>> records = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("target/classes/kehoach"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name =
            Path.of("target/classes")
                .relativize(f)
                .toString()
                .replace('/', '.')
                .replace(".class", "");
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        if (type.isRecord()) {
          records.put(f.toString(), type);
        }
      }
    }
    assertTrue(records.size() > 100, records.size() + " records");
    List<String> args = new ArrayList<>(List.of("-c", "-p"));
    args.addAll(records.keySet());
    StringWriter out = new StringWriter();
    ToolProvider.findFirst("javap")
        .orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
    // one listing per class, each from its "Compiled from" line, in the order given
    String[] listings = out.toString().split("(?m)^Compiled from ");
    assertEquals(records.size() + 1, listings.length);
    List<String> written = new ArrayList<>();
    int i = 1;
    for (Class<?> type : records.values()) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (!generated(listings[i], c.getAccessor())) {
          written.add(type.getName() + "." + c.getName() + "()");
        }
      }
      i++;
    }
    assertEquals(List.of(), written);
  }

  /** Whether {@code accessor}'s code, in javap's listing, only returns its field. */
  private static boolean generated(String listing, Method accessor) {
    String head = " " + accessor.getName() + "();";
    int at = listing.indexOf(head);
    if (at < 0) {
      return false;
    }
    String body =
        listing.substring(
            at, listing.indexOf("\n\n", at) < 0 ? listing.length() : listing.indexOf("\n\n", at));
    List<String> code = new ArrayList<>();
    for (String line : body.split("\n")) {
      String t = line.trim();
      if (t.matches("\\d+: .*")) {
        code.add(t.replaceFirst("^\\d+: ", "").split("\\s")[0]);
      }
    }
    return code.size() == 3
        && code.get(0).equals("aload_0")
        && code.get(1).equals("getfield")
        && code.get(2).endsWith("return");
  }

  /** Every record and {@code Optional} reachable from {@code value}, a few of each class. */
  private static void collect(Object value, Map<Class<?>, List<Object>> values) throws Exception {
    if (value instanceof Collection<?> c) {
      for (Object v : c) {
        collect(v, values);
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      collect(m.values(), values);
      return;
    }
    if (!(value instanceof Optional<?>) && !value.getClass().isRecord()) {
      return;
    }
    List<Object> seen = values.computeIfAbsent(value.getClass(), k -> new ArrayList<>());
    if (seen.size() >= 3) {
      return;
    }
    seen.add(value);
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        collect(o.get(), values);
      }
      return;
    }
    for (RecordComponent c : value.getClass().getRecordComponents()) {
      Object v = c.getAccessor().invoke(value);
      if (v != null) {
        collect(v, values);
      }
    }
  }

  /** Every name a template could give a member of {@code type}, and one it has not. */
  private static TreeSet<String> names(Class<?> type) throws Exception {
    TreeSet<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      names.add(m.getName());
    }
    for (PropertyDescriptor p : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
      names.add(p.getName());
    }
    names.add("nosuch");
    return names;
  }

  private static String read(ObjectWrapper wrapper, Object value, String name) {
    try {
      return describe(((TemplateHashModel) wrapper.wrap(value)).get(name));
    } catch (Exception e) {
      return "throws " + e.getClass().getName();
    }
  }

  private static String call(ObjectWrapper wrapper, Object value, String name) {
    try {
      TemplateModel member =
          ((MethodCallAwareTemplateHashModel) wrapper.wrap(value)).getBeforeMethodCall(name);
      if (!(member instanceof TemplateMethodModelEx method)) {
        return describe(member);
      }
      return "method: "
          + outcome(() -> describe((TemplateModel) method.exec(List.of())))
          + " / "
          + outcome(() -> describe((TemplateModel) method.exec(List.of(new SimpleScalar("x")))));
    } catch (Exception e) {
      return "throws " + e.getClass().getName();
    }
  }

  private interface Outcome {
    String get() throws Exception;
  }

  private static String outcome(Outcome o) {
    try {
      return o.get();
    } catch (Exception e) {
      return "throws " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** A model as a template sees it: the kinds of value it is, and what it holds. */
  private static String describe(TemplateModel model) throws Exception {
    if (model == null) {
      return "null";
    }
    TreeSet<String> kinds = new TreeSet<>();
    for (Class<?> c = model.getClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        kinds(i, kinds);
      }
    }
    if (model instanceof TemplateMethodModelEx) {
      return kinds.toString();
    }
    Object value = DeepUnwrap.unwrap(model);
    boolean comparable =
        value instanceof String
            || value instanceof Number
            || value instanceof Boolean
            || value instanceof Collection
            || value instanceof Map
            || value instanceof Optional
            || value.getClass().isRecord();
    return kinds + " " + (comparable ? value : value.getClass().getName());
  }

  private static void kinds(Class<?> type, TreeSet<String> kinds) {
    if (type.getName().startsWith("freemarker.")) {
      kinds.add(type.getSimpleName());
    }
    for (Class<?> i : type.getInterfaces()) {
      kinds(i, kinds);
    }
  }

  private static Configuration configuration(ObjectWrapper wrapper, String template)
      throws IOException {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    StringTemplateLoader own = new StringTemplateLoader();
    own.putTemplate("test.ftlx", template);
    TemplateLoader bundled = new FileTemplateLoader(new File("templates"));
    c.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {own, bundled}));
    c.setRecognizeStandardFileExtensions(true);
    c.setObjectWrapper(wrapper);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setNumberFormat("computer");
    return c;
  }

  private static String fill(ObjectWrapper wrapper, String template, ComputedPlan plan)
      throws IOException, TemplateException {
    boolean bundled = template.endsWith(".ftlx");
    Configuration c = configuration(wrapper, bundled ? "" : template);
    Template t = c.getTemplate(bundled ? template : "test.ftlx");
    StringWriter out = new StringWriter();
    t.process(Map.of("plan", plan), out);
    return out.toString();
  }

  private static String failure(ObjectWrapper wrapper, String template, ComputedPlan plan)
      throws IOException {
    try {
      fill(wrapper, template, plan);
      return "";
    } catch (TemplateException e) {
      return e.getMessageWithoutStackTop();
    }
  }
}
