package kehoach.serve;

import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kehoach.diff.DiffResult;
import kehoach.diff.PlanDiff;
import kehoach.model.PlanException;
import kehoach.render.Renderer;

/**
 * A comparison answered as {@code kehoach diff} gives it: the JSON of {@code --format json}, or the
 * redline DOCX of the new version with every change tracked.
 */
final class Diffs {
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private Diffs() {}

  /**
   * Answers the comparison of {@code old} with {@code now}, in {@code format} (json or redline),
   * with the work on the render pool.
   */
  static void answer(
      Context ctx,
      String format,
      Path old,
      Path now,
      Path scratch,
      RenderPool pool,
      Optional<Path> templates)
      throws Exception {
    String oldName = old.getFileName().toString();
    String newName = now.getFileName().toString();
    switch (format) {
      case "json" -> {
        DiffResult d = pool.run(() -> compare(old, now, templates));
        Json.ok(ctx, named(d, oldName, newName));
      }
      case "redline" -> {
        Path redline = scratch.resolve("redline.docx");
        byte[] docx =
            pool.run(
                () -> {
                  try {
                    PlanDiff.redline(old, now, redline, templates);
                  } catch (PlanException e) {
                    throw Problems.unprocessable(e);
                  }
                  return Files.readAllBytes(redline);
                });
        Outputs.attachment(ctx, Renderer.baseName(Path.of(newName)) + "-redline.docx", DOCX, docx);
      }
      default ->
          throw ApiException.badRequest(
              "Định dạng so sánh \"" + format + "\" không có; các định dạng là json, redline.");
    }
  }

  private static DiffResult compare(Path old, Path now, Optional<Path> templates) {
    try {
      return PlanDiff.compare(old, now, templates);
    } catch (PlanException e) {
      throw Problems.unprocessable(e);
    }
  }

  /** The diff naming the versions as the client knows them, not by the server's folders. */
  private static DiffResult named(DiffResult d, String oldName, String newName) {
    return new DiffResult(
        oldName, newName, d.changes(), d.budgets(), d.unchangedParagraphs(), d.unchangedRows());
  }
}
