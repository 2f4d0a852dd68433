package kehoach.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import kehoach.model.Location;
import kehoach.model.Plan;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.model.SourceMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Loads a plan model from a YAML or JSON file. */
public final class PlanLoader {
  private PlanLoader() {}

  /** A plan as loaded, with where each of its fields was written. */
  public record Loaded(Plan plan, SourceMap sources) {}

  /** Loads {@code file}; JSON when its name ends in {@code .json}, YAML otherwise. */
  public static Loaded load(Path file) throws PlanException {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new PlanException(new Problem(Location.ofFile(name), "", "no such file"));
    } catch (IOException e) {
      throw new PlanException(
          new Problem(Location.ofFile(name), "", "cannot be read: " + e.getMessage()));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
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
    return load(name, text);
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
    return new Loaded(plan.get(), new SourceMap(name, reader.locations()));
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
            .build();
    try {
      return new Compose(settings)
          .composeString(text)
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
      Location at =
          mark == null
              ? Location.ofFile(name)
              : new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
      String context = e.getContext() == null ? "" : e.getContext() + ": ";
      throw new PlanException(
          new Problem(at, "", "is not valid YAML: " + context + e.getProblem() + hint(e)));
    } catch (YamlEngineException e) {
      throw new PlanException(
          new Problem(Location.ofFile(name), "", "is not valid YAML: " + e.getMessage()));
    }
  }
}
