package kehoach.layout;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kehoach.document.GlyphCheck;
import kehoach.plan.ComputedPlan;

/**
 * Whether the bundled templates certainly lay a computed plan out without a refusal, answered
 * without running them: {@code check} then leaves FreeMarker, the templates and the XML parser out
 * of its run, which is most of a cold check's time (docs/performance.md, "Ninth round").
 *
 * <p>What a layout with the bundled templates can refuse once the plan is computed, and what this
 * class asks of the plan instead (docs/architecture.md, "Performance"):
 *
 * <ul>
 *   <li>A character the font lacks, in a paragraph or cell of the output. The model's own texts
 *       were checked when it was loaded; the layout also changes their case ({@code ?upper_case} of
 *       an appendix's name, {@code ?cap_first}, the planner's capitals of the issuing agency). Here
 *       every text of the plan must be printable in upper case, in lower case, and with each of its
 *       characters changed alone (as {@code ?cap_first} does) as well.
 *   <li>Output over {@link TemplateLimits#outputChars}: here an upper bound of the output, from the
 *       plan's texts and its number of values, must stay within it. {@code BundledLayoutTest} holds
 *       the bound to the output of samples and of plans made to make the most output per character
 *       and per value.
 *   <li>A run over {@link TemplateLimits#time}: the bundled templates lay out a plan within that
 *       bound in a few seconds at most (a test may set a shorter limit; a check does not keep it).
 *   <li>Malformed output: a text of the model cannot make it, since the loader refuses control
 *       characters and the templates escape every text.
 *   <li>Output that refers to a file ({@link References}). Escaped, a text cannot make an element;
 *       but the templates print some texts in attributes (the title, the issuer, a column's key),
 *       and {@code References} reads a whole tag with {@code style=} in it for {@code url(} and
 *       {@code @import}. A text with {@code url(}, {@code @import} or {@code style} in it, in any
 *       case, is not vouched for.
 *   <li>A template's error, or an internal error of a step the layout runs after them (the marking
 *       of units, {@code Unbreakable}): a bug of kehoach's, which the tests look for by laying out
 *       every sample and test model.
 * </ul>
 *
 * A plan this class cannot vouch for (a text one of those changes makes unprintable, a text that
 * reads as a style, a large plan, a value of a kind it does not know) is laid out by {@code check}
 * as before, which answers exactly. Nothing here loads FreeMarker.
 */
public final class BundledLayout {
  /** The most output a plan may be bounded by here: what a layout may write. */
  static final long MOST = TemplateLimits.DEFAULT.outputChars();

  /**
   * The most characters of output one character of a text makes: escaped ({@code &quot;} is 6) and
   * the start of a unit ({@code <span class="nobreak">}…{@code </span>}, 29 more).
   */
  static final long PER_CHARACTER = 35;

  /** The most times the templates print one text of the plan (a title: heading, subject, title). */
  static final long PRINTS = 4;

  /**
   * The most markup the templates write for one value the walk counts. A paragraph, a row or a cell
   * is ten values or more (its text, its runs, their marks, its list, its options), and its markup
   * 30 to 150 characters: at most 3.6 a value in the plans made to have the most markup.
   */
  static final long PER_VALUE = 16;

  /** What the templates write whatever the plan: the head, the style sheet, the page's frame. */
  static final long FIXED = 64 * 1024;

  private BundledLayout() {}

  /**
   * Whether the bundled templates certainly lay {@code plan} out without a refusal; false when only
   * laying it out can tell.
   */
  public static boolean accepts(ComputedPlan plan) {
    Size size = size(plan, MOST);
    return size.vouched() && size.bound() <= MOST;
  }

  /**
   * What the walk of {@code plan} found: its characters and values, each counted as often as the
   * plan holds it, and whether every value was one it knows and every text printable in every case.
   */
  record Size(long characters, long values, boolean vouched) {
    /** An upper bound of the characters the bundled templates write for the plan. */
    long bound() {
      return BundledLayout.bound(characters, values);
    }
  }

  /** An upper bound of what the bundled templates write for so many characters and values. */
  private static long bound(long characters, long values) {
    return FIXED + PRINTS * PER_CHARACTER * characters + PER_VALUE * values;
  }

  /**
   * One walk of every value {@code plan} holds, its model included (the templates print some of the
   * model's texts), which stops at the first value it cannot vouch for or once the bound passes
   * {@code most}.
   */
  static Size size(ComputedPlan plan, long most) {
    Cases cases = new Cases();
    Deque<Object> left = new ArrayDeque<>();
    left.push(plan);
    long characters = 0;
    long values = 0;
    while (!left.isEmpty()) {
      Object value = left.pop();
      values++;
      boolean known;
      if (value instanceof String text) {
        characters += text.length();
        known = cases.printable(text) && !styleLike(text);
      } else {
        known = holds(value, left);
      }
      if (!known) {
        return new Size(characters, values, false);
      }
      if (bound(characters, values) > most) {
        break;
      }
    }
    return new Size(characters, values, true);
  }

  /**
   * Queues what {@code value} holds, when it is not a text: false for a kind of value this walk
   * does not know, whose printing it cannot bound.
   */
  private static boolean holds(Object value, Deque<Object> left) {
    if (value == null
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof BigInteger
        || value instanceof Enum<?>
        || value instanceof TemporalAccessor) {
      return true;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(left::push);
      return true;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(left::push);
      return true;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            left.push(k);
            left.push(v);
          });
      return true;
    }
    if (!value.getClass().getName().startsWith("kehoach.")) {
      return false;
    }
    for (Field f : fields(value.getClass())) {
      try {
        left.push(f.get(value));
      } catch (IllegalAccessException e) {
        return false;
      }
    }
    return true;
  }

  private static final Map<Class<?>, List<Field>> FIELDS = new HashMap<>();

  /** The instance fields of {@code type} and its superclasses, made readable. */
  private static synchronized List<Field> fields(Class<?> type) {
    return FIELDS.computeIfAbsent(
        type,
        t -> {
          List<Field> found = new ArrayList<>();
          for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                found.add(f);
              }
            }
          }
          return found;
        });
  }

  /**
   * Whether {@code text}, printed in a tag, could look like a style that loads by address to {@link
   * References}, which reads the whole of a tag with {@code style=} in it.
   */
  static boolean styleLike(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("url(") || lower.contains("@import") || lower.contains("style");
  }

  /**
   * Whether {@code text} is printable as it is, in upper and lower case, and with any one of its
   * characters in upper, lower or title case.
   */
  static boolean printableInEveryCase(String text) {
    return new Cases().printable(text);
  }

  /**
   * Which characters are printable in every case, each asked once: a plan's texts have a few
   * hundred different characters in tens of thousands.
   */
  private static final class Cases {
    private final BitSet asked = new BitSet();
    private final BitSet printable = new BitSet();

    boolean printable(String text) {
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        if (!asked.get(cp)) {
          asked.set(cp);
          printable.set(cp, inEveryCase(cp));
        }
        if (!printable.get(cp)) {
          return false;
        }
        i += Character.charCount(cp);
      }
      return true;
    }

    /**
     * Whether {@code cp} is printable, and so is what it becomes in upper, lower and title case,
     * alone and in a text's case (where one character may become several: ß in capitals is SS, and
     * a capital sigma at the end of a word a final small sigma).
     */
    private static boolean inEveryCase(int cp) {
      String alone = Character.toString(cp);
      return GlyphCheck.printable(cp)
          && GlyphCheck.printable(Character.toUpperCase(cp))
          && GlyphCheck.printable(Character.toLowerCase(cp))
          && GlyphCheck.printable(Character.toTitleCase(cp))
          && GlyphCheck.printable(alone.toUpperCase(Locale.ROOT))
          && GlyphCheck.printable(alone.toLowerCase(Locale.ROOT))
          && (cp != 'Σ' || GlyphCheck.printable('ς'));
    }
  }
}
