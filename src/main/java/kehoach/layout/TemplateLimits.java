package kehoach.layout;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The bounds one run of the templates stays within. An office's template is a program: one that
 * loops without end, calls itself or writes without end must fail with a message naming it, not
 * hang kehoach, exhaust its memory or end it with a stack trace.
 *
 * @param time how long the templates of one plan may run. The bundled ones take well under a second
 *     for the largest plan kehoach accepts; 30 seconds leaves an office's templates room on a slow
 *     machine and still ends a loop without end in a time a user waits for.
 * @param outputChars how many characters the templates may write. A plan of a thousand pages is
 *     about 5 million characters of XHTML; 32 Mi characters (64 MB in memory) is six times that.
 * @param stackBytes the stack of the thread the templates run on, which bounds how deeply macro
 *     calls and {@code #include}s nest: 16 MB is thousands of levels, where a real layout nests
 *     about ten (one level per heading level and table), and a macro or template that calls itself
 *     without end runs out of it in a fraction of a second.
 */
public record TemplateLimits(Duration time, long outputChars, long stackBytes) {
  /** The limits of every command. */
  public static final TemplateLimits DEFAULT =
      new TemplateLimits(Duration.ofSeconds(30), 32L << 20, 16L << 20);

  /**
   * A system property that sets {@link #time} as an ISO-8601 duration ({@code PT0.5S}), so that
   * tests can run a template without end through the whole command in well under a second. It is
   * not a user's option: the default is the documented limit.
   */
  public static final String TIME_PROPERTY = "kehoach.templates.time";

  /** {@link #DEFAULT}, with the time from {@link #TIME_PROPERTY} when it is set. */
  public static TemplateLimits current() {
    String time = System.getProperty(TIME_PROPERTY);
    if (time == null) {
      return DEFAULT;
    }
    try {
      return new TemplateLimits(Duration.parse(time), DEFAULT.outputChars, DEFAULT.stackBytes);
    } catch (DateTimeParseException e) {
      return DEFAULT;
    }
  }
}
