package kehoach.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kehoach.model.Location;
import kehoach.model.Plan;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.model.SourceMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Loads a plan model from a YAML or JSON file. */
public final class PlanLoader {
  private static final int MEGABYTE = 1024 * 1024;

  /**
   * The largest model read, in bytes: the longest real plans are a few hundred kilobytes, so 20 MB
   * leaves room for any plan with its tables while keeping a mistaken file (a log, a disk image)
   * from filling the memory.
   */
  public static final int MAX_BYTES = 20 * MEGABYTE;

  /**
   * How deeply lists and mappings may nest: a plan's deepest field (a budget row in a group in a
   * table in a heading in a section) is about 15 levels down, so 100 allows any real plan, and
   * keeps the readers, which follow the nesting, far from the end of the stack.
   */
  public static final int MAX_DEPTH = 100;

  private PlanLoader() {}

  /**
   * A plan as loaded, with where each of its fields was written.
   *
   * @param texts every text of the model by field path, in the order written, for the checks that
   *     need the text as the author wrote it (can the font print it?)
   */
  public record Loaded(Plan plan, SourceMap sources, Map<String, String> texts) {
    public Loaded {
      texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
  }

  /** Loads {@code file}; JSON when its name ends in {@code .json}, YAML otherwise. */
  public static Loaded load(Path file) throws PlanException {
    return load(file.toString(), text(file));
  }

  /**
   * The text of the model in {@code file}, read within the limits ({@link #MAX_BYTES}, a regular
   * file) and checked to be UTF-8: every reader of a model file reads it through here.
   */
  public static String text(Path file) throws PlanException {
    String name = file.toString();
    byte[] bytes = bytes(file, name);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new PlanException(
          new Problem(
              Location.ofFile(name),
              "",
              "is not UTF-8 text; save it as UTF-8 (Vietnamese text in other encodings is garbled)"));
    }
  }

  /** Loads a model from {@code text}, naming it {@code name} in messages. */
  public static Loaded load(String name, String text) throws PlanException {
    return read(name, tree(name, text));
  }

  /** The YAML tree of a model, for a caller that changes it before reading (variants). */
  static Node tree(String name, String text) throws PlanException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return parse(name, body);
  }

  /** Reads a model from its YAML tree. */
  static Loaded read(String name, Node root) throws PlanException {
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
    NodeReader reader = new NodeReader(name, json);
    Optional<Plan> plan = new PlanReader(reader).plan(root);
    if (!reader.problems().isEmpty() || plan.isEmpty()) {
      throw new PlanException(
          reader.problems().isEmpty()
              ? java.util.List.of(new Problem(Location.ofFile(name), "", "is not a plan model"))
              : reader.problems());
    }
    return new Loaded(plan.get(), new SourceMap(name, reader.locations()), reader.texts());
  }

  /**
   * The bytes of {@code file}, refusing at once what cannot be a model: a device or a pipe (which
   * may never end, as {@code /dev/zero}) and a file over {@link #MAX_BYTES}, of which no more than
   * one byte past the limit is read.
   */
  private static byte[] bytes(Path file, String name) throws PlanException {
    try {
      if (!Files.exists(file)) {
        throw new PlanException(new Problem(Location.ofFile(name), "", "no such file"));
      }
      if (!Files.isRegularFile(file)) {
        throw new PlanException(
            new Problem(
                Location.ofFile(name),
                "",
                Files.isDirectory(file)
                    ? "is a folder; a plan model is a YAML or JSON file"
                    : "is not a regular file; a plan model is a YAML or JSON file"));
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new PlanException(
              new Problem(
                  Location.ofFile(name),
                  "",
                  "is larger than "
                      + MAX_BYTES / MEGABYTE
                      + " MB, the most a model may be; split the plan, or move long tables into"
                      + " appendices of plans of their own"));
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new PlanException(new Problem(Location.ofFile(name), "", "no such file"));
    } catch (IOException e) {
      throw new PlanException(
          new Problem(Location.ofFile(name), "", "cannot be read: " + e.getMessage()));
    }
  }

  /** What to do about the YAML mistakes clerks make most. */
  private static String hint(MarkedYamlEngineException e) {
    String problem = String.valueOf(e.getProblem());
    if (problem.contains("mapping values are not allowed")) {
      return " (text with \": \" in it, or ending in \":\", must be put in quotes: \"…như sau:\")";
    }
    if (problem.contains("found character '\\t'")) {
      return " (indent with spaces, not tabs)";
    }
    return "";
  }

  private static Node parse(String name, String text) throws PlanException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(name)
            .setAllowDuplicateKeys(false)
            .setSchema(new CoreSchema())
            .setCodePointLimit(MAX_BYTES)
            .build();
    try {
      Parser events = new EventLimits(new ParserImpl(settings, new StreamReader(settings, text)));
      return new Composer(settings, events)
          .getSingleNode()
          .orElseThrow(
              () ->
                  new PlanException(
                      new Problem(
                          Location.ofFile(name),
                          "",
                          "is empty; a plan needs at least issuer, document, title and"
                              + " signature")));
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      Location at = location(name, Optional.ofNullable(mark));
      String context = e.getContext() == null ? "" : e.getContext() + ": ";
      throw new PlanException(
          new Problem(at, "", "is not valid YAML: " + context + e.getProblem() + hint(e)));
    } catch (EventLimits.Exceeded e) {
      throw new PlanException(new Problem(location(name, e.mark()), "", e.getMessage()));
    } catch (ReaderException e) {
      throw new PlanException(
          new Problem(
              location(name, text, e.getPosition()),
              "",
              String.format(
                  Locale.ROOT,
                  "the character U+%04X cannot be in a model; remove it",
                  e.getCodePoint())));
    } catch (YamlEngineException e) {
      throw new PlanException(
          new Problem(Location.ofFile(name), "", "is not valid YAML: " + e.getMessage()));
    }
  }

  private static Location location(String name, Optional<Mark> mark) {
    return mark.map(m -> new Location(name, m.getLine() + 1, m.getColumn() + 1))
        .orElse(Location.ofFile(name));
  }

  /** The line and column of the code point at {@code position} in {@code text}. */
  private static Location location(String name, String text, int position) {
    int line = 1;
    int column = 1;
    for (int i = 0, cp = 0; i < text.length() && cp < position; cp++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(name, line, column);
  }
}
