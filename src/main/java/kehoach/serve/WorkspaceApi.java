package kehoach.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.excel.TableExport;
import kehoach.excel.TableImport;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import kehoach.render.Format;
import kehoach.render.Renderer;
import kehoach.workspace.Binned;
import kehoach.workspace.FieldEdit;
import kehoach.workspace.PlanSummary;
import kehoach.workspace.Saved;
import kehoach.workspace.Version;
import kehoach.workspace.Workspace;
import kehoach.workspace.WorkspaceException;

/**
 * The routes of the clerks' page: the plans of the workspace, their versions, the bin, downloads,
 * tables and comparisons. Names are checked by {@link Workspace}, which keeps every file inside its
 * folder; this class only turns requests into its calls and its refusals into statuses.
 */
final class WorkspaceApi {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String HISTORY = "history:";

  private final Workspace workspace;
  private final Renderer renderer;
  private final Optional<Path> templates;
  private final RenderPool pool;
  private final Bodies bodies;

  WorkspaceApi(
      Workspace workspace,
      Renderer renderer,
      Optional<Path> templates,
      RenderPool pool,
      Bodies bodies) {
    this.workspace = workspace;
    this.renderer = renderer;
    this.templates = templates;
    this.pool = pool;
    this.bodies = bodies;
  }

  void register(Javalin app) {
    app.get("/api/starters", ctx -> Json.ok(ctx, Map.of("starters", Workspace.starters())));
    app.get("/api/plans", this::plans);
    app.post("/api/plans", this::create);
    app.get("/api/plans/{name}", ctx -> Json.ok(ctx, workspace.read(name(ctx))));
    app.put("/api/plans/{name}", this::save);
    app.delete("/api/plans/{name}", this::delete);
    app.post("/api/plans/{name}/edit", this::edit);
    app.post("/api/plans/{name}/rename", this::rename);
    app.get("/api/plans/{name}/history", this::history);
    app.get("/api/plans/{name}/history/{id}", this::historyText);
    app.post("/api/plans/{name}/history/{id}/restore", this::restore);
    app.get("/api/plans/{name}/download", this::download);
    app.get("/api/plans/{name}/tables/{table}", this::exportTable);
    app.post("/api/plans/{name}/tables/{table}", this::importTable);
    app.post("/api/plans/{name}/compare", this::compare);
    app.get("/api/bin", this::bin);
    app.post("/api/bin/{id}/restore", this::restoreFromBin);
  }

  /** The status and body a workspace refusal is answered with. */
  static ApiException refusal(WorkspaceException e) {
    return switch (e.kind()) {
      case NOT_FOUND -> new ApiException(404, e.getMessage());
      case BAD_NAME -> new ApiException(400, e.getMessage());
      case EXISTS -> new ApiException(409, e.getMessage());
      case INVALID -> new ApiException(422, e.getMessage());
      case BUSY -> new ApiException(503, e.getMessage());
      case CONFLICT -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        body.put("current", e.current().orElse(null));
        yield new ApiException(409, e.getMessage(), body);
      }
    };
  }

  private static String name(Context ctx) {
    return ctx.pathParam("name");
  }

  private void plans(Context ctx) throws Exception {
    List<PlanSummary> plans = pool.run(workspace::plans);
    Json.ok(ctx, Map.of("plans", plans.stream().map(WorkspaceApi::summary).toList()));
  }

  private static Map<String, Object> summary(PlanSummary p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", p.name());
    json.put("title", p.title());
    json.put("number", p.number());
    json.put("date", p.date());
    json.put("problems", p.problems());
    json.put("total", p.total());
    json.put("modified", p.modified().toString());
    return json;
  }

  private void create(Context ctx) throws Exception {
    JsonNode body = Json.object(bodies.bytes(ctx));
    String name = Json.required(body, "name");
    Optional<String> copyOf = Json.text(body, "copyOf");
    Saved saved =
        copyOf.isPresent()
            ? workspace.copy(copyOf.get(), name)
            : workspace.create(name, Json.text(body, "starter").orElse("ubnd-tinh"));
    Json.send(ctx, 201, Map.of("name", saved.name(), "version", saved.version()));
  }

  private void save(Context ctx) throws Exception {
    JsonNode body = Json.object(bodies.bytes(ctx));
    String version =
        workspace.save(name(ctx), Json.required(body, "text"), Json.required(body, "version"));
    Json.ok(ctx, Map.of("version", version));
  }

  private void delete(Context ctx) throws Exception {
    Json.ok(ctx, Map.of("binId", workspace.delete(name(ctx))));
  }

  private void edit(Context ctx) throws Exception {
    JsonNode body = Json.object(bodies.bytes(ctx));
    String version = Json.required(body, "version");
    List<FieldEdit> edits = new ArrayList<>();
    JsonNode list = body.get("edits");
    if (list == null || !list.isArray()) {
      throw ApiException.badRequest("Thiếu danh sách \"edits\".");
    }
    for (JsonNode e : list) {
      JsonNode index = e.get("index");
      edits.add(
          new FieldEdit(
              Json.required(e, "path"),
              Json.text(e, "op").orElse("set"),
              index == null || index.isNull() ? null : index.asInt(),
              Json.text(e, "value").orElse(null)));
    }
    Saved saved = workspace.edit(name(ctx), version, edits);
    Json.ok(ctx, Map.of("text", saved.text(), "version", saved.version()));
  }

  private void rename(Context ctx) throws Exception {
    JsonNode body = Json.object(bodies.bytes(ctx));
    Json.ok(ctx, Map.of("name", workspace.rename(name(ctx), Json.required(body, "to"))));
  }

  private void history(Context ctx) throws Exception {
    List<Map<String, Object>> versions = new ArrayList<>();
    for (Version v : workspace.history(name(ctx))) {
      versions.add(Map.of("id", v.id(), "saved", v.saved().toString(), "size", v.size()));
    }
    Json.ok(ctx, Map.of("versions", versions));
  }

  private void historyText(Context ctx) throws Exception {
    Json.ok(ctx, Map.of("text", workspace.historyText(name(ctx), ctx.pathParam("id"))));
  }

  private void restore(Context ctx) throws Exception {
    JsonNode body = Json.object(bodies.bytes(ctx));
    String version =
        workspace.restore(name(ctx), ctx.pathParam("id"), Json.required(body, "version"));
    Json.ok(ctx, Map.of("version", version));
  }

  private void bin(Context ctx) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Binned b : workspace.bin()) {
      items.add(Map.of("id", b.id(), "name", b.name(), "deleted", b.deleted().toString()));
    }
    Json.ok(ctx, Map.of("items", items));
  }

  private void restoreFromBin(Context ctx) throws Exception {
    Json.ok(ctx, Map.of("name", workspace.restoreFromBin(ctx.pathParam("id"))));
  }

  /** A plan of the workspace as a file, laid out as {@code render} lays it out. */
  private void download(Context ctx) throws Exception {
    Format format = Outputs.format(ctx.queryParam("format"));
    Path model = workspace.file(name(ctx));
    byte[] file = pool.run(() -> StatelessApi.bytes(renderer, Kehoach.compute(model), format));
    Outputs.attachment(
        ctx,
        Renderer.baseName(model) + "." + format.extension(),
        Outputs.contentType(format),
        file);
  }

  /** {@code GET …/tables/{id}.xlsx}: a table as {@code export-table} writes it. */
  private void exportTable(Context ctx) throws Exception {
    String table = tableId(ctx);
    Path model = workspace.file(name(ctx));
    byte[] xlsx = pool.run(() -> workbook(model, table));
    Outputs.attachment(ctx, Renderer.baseName(model) + "-" + table + ".xlsx", XLSX, xlsx);
  }

  private static byte[] workbook(Path model, String table) throws Exception {
    ComputedPlan plan = Kehoach.compute(model);
    try {
      return TableExport.workbook(plan, Optional.of(table));
    } catch (IllegalArgumentException e) {
      // TableExport's word for a table the plan does not have
      throw new ApiException(
          404, "Không có bảng \"" + table + "\" trong kế hoạch: " + e.getMessage());
    }
  }

  /** A sheet brought back into a table of the plan, saved as a new version. */
  private void importTable(Context ctx) throws Exception {
    String table = tableId(ctx);
    String name = name(ctx);
    Path model = workspace.file(name);
    Saved before = workspace.read(name);
    String expected = Optional.ofNullable(ctx.queryParam("version")).orElse(before.version());
    Path scratch = Outputs.scratch();
    try {
      Path sheet = scratch.resolve("table.xlsx");
      Files.write(sheet, bodies.bytes(ctx));
      String text =
          pool.run(
              () -> {
                try {
                  return TableImport.into(model, sheet, Optional.of(table)).yaml();
                } catch (PlanException e) {
                  throw Problems.unprocessable(e);
                }
              });
      String version = workspace.save(name, text, expected);
      Json.ok(ctx, Map.of("text", text, "version", version));
    } finally {
      Outputs.remove(scratch);
    }
  }

  private static String tableId(Context ctx) {
    String table = ctx.pathParam("table");
    return table.endsWith(".xlsx") ? table.substring(0, table.length() - 5) : table;
  }

  /**
   * Compares this plan (the new version) with another plan, an earlier version of its own, or an
   * uploaded file (the old one).
   */
  private void compare(Context ctx) throws Exception {
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
    Path now = workspace.file(name(ctx));
    Path scratch = Outputs.scratch();
    try {
      Path old = other(ctx, scratch.resolve("old"));
      Diffs.answer(ctx, format, old, now, scratch, pool, templates);
    } finally {
      Outputs.remove(scratch);
    }
  }

  /** The old version of a comparison, written into {@code folder}. */
  private Path other(Context ctx, Path folder) throws Exception {
    UploadedFile file = ctx.uploadedFile("file");
    if (file != null) {
      return Uploads.version(file, folder);
    }
    String other = ctx.formParam("other");
    if (other == null || other.isBlank()) {
      throw ApiException.badRequest(
          "Cần trường \"other\" (tên kế hoạch khác hoặc history:ID) hoặc tệp \"file\".");
    }
    Files.createDirectories(folder);
    if (other.startsWith(HISTORY)) {
      String name = name(ctx);
      String text = workspace.historyText(name, other.substring(HISTORY.length()));
      Path old = folder.resolve(name);
      Files.writeString(old, text, StandardCharsets.UTF_8);
      return old;
    }
    return Files.copy(workspace.file(other), folder.resolve(other));
  }
}
