package kehoach.layout;

import freemarker.core.Environment;
import freemarker.template.Template;
import java.io.IOException;
import java.io.Writer;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What the templates write, kept within {@link TemplateLimits#outputChars}, with a note of which
 * template wrote which part: a refusal found in the output later (an image, a DOCTYPE) then names
 * the template that wrote it rather than a line of output the office never sees.
 */
final class TemplateOutput extends Writer {
  /** Thrown by a write past the limit; FreeMarker passes a writer's I/O errors on unchanged. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;
    final transient Where where;

    TooLong(Where where) {
      super("too much output");
      this.where = where;
    }
  }

  private final StringBuilder text = new StringBuilder();
  private final long limit;
  private final NavigableMap<Integer, String> origins = new TreeMap<>();
  private String lastTemplate = "";

  TemplateOutput(long limit) {
    this.limit = limit;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    before(length);
    text.append(chars, offset, length);
  }

  @Override
  public void write(String chars, int offset, int length) throws IOException {
    before(length);
    text.append(chars, offset, offset + length);
  }

  private void before(int length) throws IOException {
    if (text.length() + (long) length > limit) {
      throw new TooLong(Where.now(Environment.getCurrentEnvironment()));
    }
    Environment env = Environment.getCurrentEnvironment();
    Template template = env == null ? null : env.getCurrentTemplate();
    String name = template == null ? "" : template.getSourceName();
    if (!name.equals(lastTemplate)) {
      origins.put(text.length(), name);
      lastTemplate = name;
    }
  }

  /** The template that wrote the character at {@code offset}; the main one when unknown. */
  String templateAt(int offset) {
    var origin = origins.floorEntry(offset);
    return origin == null || origin.getValue().isEmpty() ? Layout.MAIN : origin.getValue();
  }

  String text() {
    return text.toString();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
