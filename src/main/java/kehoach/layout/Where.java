package kehoach.layout;

import freemarker.core.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.Location;

/**
 * A place in a template: its name as the template folders know it, and a line and column (0 when
 * unknown).
 */
record Where(String template, int line, int column) {
  /** How FreeMarker prints a place in its instruction stack. */
  private static final Pattern PLACE =
      Pattern.compile("\\[in template \"([^\"]+)\" at line (\\d+), column (\\d+)\\]");

  static Where of(String template) {
    return new Where(template, 0, 0);
  }

  /**
   * The instruction {@code env} runs now, the innermost of its stack. FreeMarker makes its stack
   * public only as printed text, so the place is read back from that; it may be read from another
   * thread (the one that stops a run taking too long), where the stack may change as it is read,
   * hence the fallback to the main template.
   */
  static Where now(Environment env) {
    if (env == null) {
      return of(Layout.MAIN);
    }
    try {
      StringWriter stack = new StringWriter();
      env.outputInstructionStack(new PrintWriter(stack));
      Matcher m = PLACE.matcher(stack.toString());
      if (m.find()) {
        return new Where(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      return of(env.getCurrentTemplate().getSourceName());
    } catch (RuntimeException e) {
      return of(Layout.MAIN);
    }
  }

  /**
   * Where a run on another thread is, read {@code samples} times a few milliseconds apart and the
   * place seen most often taken: one reading may catch the stack half changed.
   */
  static Where sampled(Environment env, int samples) throws InterruptedException {
    Map<Where, Integer> seen = new HashMap<>();
    Where best = of(Layout.MAIN);
    for (int i = 0; i < samples; i++) {
      Where w = now(env);
      int n = seen.merge(w, 1, Integer::sum);
      if (n > seen.getOrDefault(best, 0)) {
        best = w;
      }
      Thread.sleep(5);
    }
    return best;
  }

  Location location() {
    return new Location("template " + template, line, column);
  }
}
