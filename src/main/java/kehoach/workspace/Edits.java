package kehoach.workspace;

import java.util.List;
import kehoach.load.JsonPatch;
import kehoach.load.YamlPatch;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.workspace.WorkspaceException.Kind;

/**
 * A form's edits applied to a model's text one after the other: YAML through {@link YamlPatch},
 * which keeps every other character, JSON through {@link JsonPatch} (JSON has no comments to keep).
 */
final class Edits {
  private Edits() {}

  static String apply(String name, String text, List<FieldEdit> edits) throws WorkspaceException {
    String out = text;
    for (FieldEdit edit : edits) {
      try {
        out = Formats.isJson(name) ? json(name, out, edit) : yaml(name, out, edit);
      } catch (PlanException e) {
        Problem p = e.problems().get(0);
        throw new WorkspaceException(
            Kind.INVALID, (p.path().isEmpty() ? "" : p.path() + ": ") + p.message());
      }
    }
    return out;
  }

  private static String yaml(String name, String text, FieldEdit e)
      throws PlanException, WorkspaceException {
    return switch (e.operation()) {
      case "set" -> YamlPatch.set(name, text, e.path(), value(e));
      case "insert" -> YamlPatch.insert(name, text, e.path(), index(e), value(e));
      case "delete" -> YamlPatch.delete(name, text, e.path(), index(e));
      case "moveUp" -> YamlPatch.move(name, text, e.path(), index(e), -1);
      case "moveDown" -> YamlPatch.move(name, text, e.path(), index(e), 1);
      case "indent" -> YamlPatch.indent(name, text, e.path(), index(e));
      case "outdent" -> YamlPatch.outdent(name, text, e.path(), index(e));
      default -> throw unknown(e);
    };
  }

  private static String json(String name, String text, FieldEdit e)
      throws PlanException, WorkspaceException {
    return switch (e.operation()) {
      case "set" -> JsonPatch.set(name, text, e.path(), value(e));
      case "insert" -> JsonPatch.insert(name, text, e.path(), index(e), value(e));
      case "delete" -> JsonPatch.delete(name, text, e.path(), index(e));
      case "moveUp" -> JsonPatch.move(name, text, e.path(), index(e), -1);
      case "moveDown" -> JsonPatch.move(name, text, e.path(), index(e), 1);
      case "indent" -> JsonPatch.indent(name, text, e.path(), index(e));
      case "outdent" -> JsonPatch.outdent(name, text, e.path(), index(e));
      default -> throw unknown(e);
    };
  }

  private static String value(FieldEdit e) throws WorkspaceException {
    if (e.value() == null) {
      throw new WorkspaceException(Kind.INVALID, e.path() + ": thiếu giá trị (value).");
    }
    return e.value();
  }

  private static int index(FieldEdit e) throws WorkspaceException {
    if (e.index() == null) {
      throw new WorkspaceException(Kind.INVALID, e.path() + ": thiếu vị trí (index) của mục.");
    }
    return e.index();
  }

  private static WorkspaceException unknown(FieldEdit e) {
    return new WorkspaceException(
        Kind.INVALID,
        "Không rõ thao tác \""
            + e.op()
            + "\"; dùng set, insert, delete, moveUp, moveDown, indent hoặc outdent.");
  }
}
