package kehoach.layout;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.LazyGenericObjectModel;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * FreeMarker's {@link DefaultObjectWrapper}, reading kehoach's records without {@code java.beans}.
 *
 * <p>The default wrapper learns a class's members with {@code java.beans.Introspector} the first
 * time it meets it, and calls them by reflection, which Java 17 turns into a class of its own per
 * method after 15 calls: for the twenty-odd classes of a plan, a third of a cold {@code check}'s
 * template run (docs/performance.md). What templates read of a record is nearly always a method
 * without parameters ({@code plan.header}, {@code part.kind()}, {@code text.isEmpty()}) and of an
 * {@code Optional} {@code isPresent()} and {@code get()}: those are answered here, as the default
 * wrapper answers them, a record's components from their fields (an accessor of kehoach's returns
 * its field: none is written by hand) and other methods called. Anything else asked of such a value
 * (a method with parameters, its keys, its text, a member that failed) goes to the default
 * wrapper's own model of it, made when first needed. {@code RecordWrapperTest} holds the two to the
 * same answers, name by name, on every record a template can reach.
 */
final class RecordWrapper extends DefaultObjectWrapper {
  /** Per class, what is answered here. */
  private static final ClassValue<Members> MEMBERS =
      new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
          return Members.of(type);
        }
      };

  /**
   * The member-access policy every wrapper of kehoach's has (FreeMarker's default): a method it
   * hides is left to FreeMarker's own model, which refuses it.
   */
  private static final MemberAccessPolicy POLICY =
      DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);

  /** What a member that threw reads as: the default wrapper is asked, to report it its way. */
  private static final Object FAILED = new Object();

  RecordWrapper() {
    super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
  }

  @Override
  protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
    Members members = MEMBERS.get(value.getClass());
    if (members.isEmpty()) {
      return super.handleUnknownType(value);
    }
    return new Model(value, members, this);
  }

  /**
   * The members of a class answered here, by the name a template gives them.
   *
   * @param values what {@code x.name} reads: a record's method without parameters under its own
   *     name, or a getter under its property's name ({@code isEmpty()} as {@code empty})
   * @param calls what {@code x.name()} calls: a record's method without parameters; an {@code
   *     Optional}'s {@code isPresent()}, {@code isEmpty()} and {@code get()}
   */
  record Members(Map<String, Read> values, Map<String, Read> calls) {
    boolean isEmpty() {
      return values.isEmpty() && calls.isEmpty();
    }

    /**
     * A public record's public methods without parameters that return a value, declared in kehoach,
     * and three of {@code Optional}'s. A name also given to another member (a method with
     * parameters, a static one, a getter's property) is left to the default wrapper.
     */
    static Members of(Class<?> type) {
      if (type == Optional.class) {
        Map<String, Read> calls = new HashMap<>();
        for (String name : List.of("isPresent", "isEmpty", "get")) {
          try {
            calls.put(name, new Call(Optional.class.getMethod(name)));
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
          }
        }
        return new Members(Map.of(), Map.copyOf(calls));
      }
      if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
        return new Members(Map.of(), Map.of());
      }
      ClassMemberAccessPolicy policy = POLICY.forClass(type);
      Set<String> components = new HashSet<>();
      for (RecordComponent c : type.getRecordComponents()) {
        components.add(c.getName());
      }
      Map<String, Read> values = new HashMap<>();
      Map<String, Read> calls = new HashMap<>();
      Map<String, Integer> names = new HashMap<>();
      for (Method m : type.getMethods()) {
        names.merge(m.getName(), 1, Integer::sum);
        if (Modifier.isStatic(m.getModifiers())
            || m.getParameterCount() != 0
            || m.getReturnType() == void.class
            || !m.getDeclaringClass().getName().startsWith("kehoach.")
            || !policy.isMethodExposed(m)) {
          continue;
        }
        Read read = read(type, components, m);
        calls.put(m.getName(), read);
        String property = getter(m) ? property(m) : m.getName();
        values.put(property, read);
        if (!property.equals(m.getName())) {
          names.merge(property, 1, Integer::sum);
        }
      }
      values.keySet().removeIf(name -> names.get(name) > 1);
      calls.keySet().removeIf(name -> names.get(name) > 1);
      return new Members(Map.copyOf(values), Map.copyOf(calls));
    }

    /**
     * How {@code m} of record {@code type}, whose components are named {@code components}, is read:
     * a component's accessor by its field, which is what an accessor kehoach's records do not write
     * themselves returns; any other method called.
     */
    private static Read read(Class<?> type, Set<String> components, Method m) {
      if (m.getDeclaringClass() == type && components.contains(m.getName())) {
        try {
          Field field = type.getDeclaredField(m.getName());
          field.setAccessible(true);
          return new Component(field);
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException(e);
        }
      }
      return new Call(m);
    }

    /** Whether {@code java.beans} takes {@code m} for a property's read method. */
    private static boolean getter(Method m) {
      String name = m.getName();
      if (name.startsWith("get") && name.length() > 3) {
        return true;
      }
      return name.startsWith("is") && name.length() > 2 && m.getReturnType() == boolean.class;
    }

    /** The property {@code java.beans} names after a getter: {@code isEmpty} → {@code empty}. */
    private static String property(Method m) {
      String name = m.getName();
      String rest = name.substring(name.startsWith("get") ? 3 : 2);
      if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
        return rest;
      }
      return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
  }

  /**
   * How a member is read. Reflection, not method handles: a handle made to take and return {@code
   * Object} had Java write a class of its own for each new shape, most of this wrapper's cold cost.
   */
  sealed interface Read permits Component, Call {
    Object from(Object value) throws ReflectiveOperationException;
  }

  /** A record component, from its field. */
  record Component(Field field) implements Read {
    @Override
    public Object from(Object value) throws IllegalAccessException {
      return field.get(value);
    }
  }

  /** Any other method, called. */
  record Call(Method method) implements Read {
    @Override
    public Object from(Object value) throws ReflectiveOperationException {
      return method.invoke(value);
    }
  }

  /**
   * A record or an {@code Optional} as templates see it: FreeMarker's model of a generic object,
   * whose class is introspected only when a template asks what is not answered here.
   */
  private static final class Model extends LazyGenericObjectModel {
    private final Members members;

    Model(Object value, Members members, RecordWrapper wrapper) {
      super(value, wrapper);
      this.members = members;
    }

    private Object read(Read member) {
      try {
        return member.from(object);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return FAILED;
      }
    }

    @Override
    protected TemplateModel get(String key, boolean beforeMethodCall)
        throws TemplateModelException, ShouldNotBeGetAsMethodException {
      if (beforeMethodCall) {
        Read member = members.calls().get(key);
        if (member != null) {
          return new Invocation(this, key, member);
        }
      } else {
        Read member = members.values().get(key);
        Object read = member == null ? FAILED : read(member);
        if (read != FAILED) {
          return wrapper.wrap(read);
        }
      }
      return super.get(key, beforeMethodCall);
    }

    /** A call of {@code member}, named {@code name}, with {@code arguments}. */
    Object call(String name, Read member, List<?> arguments) throws TemplateModelException {
      if (arguments.isEmpty()) {
        Object read = read(member);
        if (read != FAILED) {
          return wrapper.wrap(read);
        }
      }
      // arguments it does not take, or a method that threw: FreeMarker's own model says so, its way
      // (calling the method again: kehoach's have no side effects)
      try {
        return ((TemplateMethodModelEx) super.get(name, true)).exec(arguments);
      } catch (ShouldNotBeGetAsMethodException e) {
        throw new TemplateModelException(e);
      }
    }
  }

  /** A method without parameters called from a template: {@code part.kind()}. */
  private record Invocation(Model owner, String name, Read member)
      implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
      return owner.call(name, member, arguments);
    }
  }
}
