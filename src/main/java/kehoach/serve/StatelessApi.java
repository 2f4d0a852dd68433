package kehoach.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kehoach.Kehoach;
import kehoach.batch.Batch;
import kehoach.batch.Job;
import kehoach.batch.Jobs;
import kehoach.batch.Outcome;
import kehoach.batch.Progress;
import kehoach.batch.Report;
import kehoach.files.Targets;
import kehoach.model.PlanException;
import kehoach.pages.PageLayout;
import kehoach.plan.ComputedPlan;
import kehoach.render.Format;
import kehoach.render.Metadata;
import kehoach.render.MetadataJson;
import kehoach.render.RenderOptions;
import kehoach.render.Renderer;

/**
 * The API for office systems: a model (or two, or a zip of them) in the request, the answer in the
 * response, nothing kept. Every route that lays out a plan runs on the {@link RenderPool}.
 */
final class StatelessApi {
  private final Renderer renderer;
  private final Optional<Path> templates;
  private final RenderPool pool;
  private final Bodies bodies;

  StatelessApi(Renderer renderer, Optional<Path> templates, RenderPool pool, Bodies bodies) {
    this.renderer = renderer;
    this.templates = templates;
    this.pool = pool;
    this.bodies = bodies;
  }

  void register(Javalin app) {
    app.post("/api/check", this::check);
    app.post("/api/compute", this::compute);
    app.post("/api/render", this::render);
    app.post("/api/pages", this::pages);
    app.post("/api/metadata", this::metadata);
    app.post("/api/diff", this::diff);
    app.post("/api/batch", this::batch);
  }

  /** Checks a model as {@code kehoach check} does, the layout included. */
  private void check(Context ctx) throws Exception {
    String name = Outputs.modelName(ctx);
    String text = bodies.text(ctx);
    Map<String, Object> answer =
        pool.run(
            () -> {
              try {
                renderer.document(Kehoach.compute(name, text));
                return Problems.none();
              } catch (PlanException e) {
                return Problems.of(e);
              }
            });
    Json.ok(ctx, answer);
  }

  /**
   * The problems of a model and its computed figures: when it has none, or when its only problems
   * are stated figures that disagree with the computed ones (see {@link StatedFigures}).
   */
  private void compute(Context ctx) throws Exception {
    String name = Outputs.modelName(ctx);
    String text = bodies.text(ctx);
    Map<String, Object> answer =
        pool.run(
            () -> {
              Map<String, Object> json = new LinkedHashMap<>();
              try {
                ComputedPlan plan = Kehoach.compute(name, text);
                json.put("problems", List.of());
                json.put("plan", PlanSummaryJson.of(plan));
              } catch (PlanException e) {
                json.put("problems", Problems.list(e.problems()));
                json.put(
                    "plan",
                    StatedFigures.ignored(name, text).map(PlanSummaryJson::of).orElse(null));
              }
              return json;
            });
    Json.ok(ctx, answer);
  }

  /**
   * The renderer with the options a request asks for: {@code pdfa=}, {@code issue=}, {@code
   * signatureFields=} and {@code appendices=} (400 for a value that is not one of theirs).
   */
  private Renderer asked(Context ctx) {
    Renderer asked =
        renderer.with(
            Outputs.options(
                ctx.queryParam("pdfa"),
                ctx.queryParam("issue"),
                ctx.queryParam("signatureFields")));
    return asked.with(Outputs.appendices(ctx.queryParam("appendices"), asked.options()));
  }

  /**
   * One format of a model, as a file; with {@code appendices=separate}, a zip of the plan's file
   * and each appendix's, named as {@code render} names them. 422 with the problems of a model that
   * has some.
   */
  private void render(Context ctx) throws Exception {
    Format format = Outputs.format(ctx.queryParam("format"));
    Renderer chosen = asked(ctx);
    String name = Outputs.modelName(ctx);
    String text = bodies.text(ctx);
    if (chosen.options().appendices() == RenderOptions.Appendices.SEPARATE) {
      byte[] zip = pool.run(() -> separateFiles(chosen, name, text, format));
      Outputs.attachment(ctx, Renderer.baseName(Path.of(name)) + ".zip", "application/zip", zip);
      return;
    }
    byte[] file = pool.run(() -> bytes(chosen, Kehoach.compute(name, text), format));
    Outputs.attachment(
        ctx,
        Renderer.baseName(Path.of(name)) + "." + format.extension(),
        Outputs.contentType(format),
        file);
  }

  /** The plan's file and its appendices' in {@code format}, zipped. */
  private static byte[] separateFiles(Renderer renderer, String name, String text, Format format)
      throws Exception {
    Path scratch = Outputs.scratch();
    try {
      ComputedPlan plan = Kehoach.compute(name, text);
      renderer.render(plan, Renderer.baseName(Path.of(name)), Set.of(format), scratch);
      ByteArrayOutputStream zip = new ByteArrayOutputStream();
      SafeZip.pack(scratch, zip);
      return zip.toByteArray();
    } catch (PlanException e) {
      throw Problems.unprocessable(e);
    } finally {
      Outputs.remove(scratch);
    }
  }

  /**
   * The laid-out pages as what to draw, for the live preview: the pages the PDF has, drawn by the
   * browser with the bundled font; 422 with the problems of a model that has some.
   */
  private void pages(Context ctx) throws Exception {
    String name = Outputs.modelName(ctx);
    String text = bodies.text(ctx);
    List<PageDrawings.Drawing> pages =
        pool.run(
            () -> {
              try {
                return PageDrawings.of(renderer.document(Kehoach.compute(name, text)));
              } catch (PlanException e) {
                throw Problems.unprocessable(e);
              }
            });
    Json.ok(ctx, Map.of("pages", pages));
  }

  /**
   * The document's metadata, as {@code render --metadata} writes it (NĐ 30 Phụ lục VI; see
   * docs/metadata.md), for an office system registering the plan; 422 with its problems.
   */
  private void metadata(Context ctx) throws Exception {
    String name = Outputs.modelName(ctx);
    String text = bodies.text(ctx);
    String json =
        pool.run(
            () -> {
              try {
                ComputedPlan plan = Kehoach.compute(name, text);
                int pages = PageLayout.pages(renderer.document(plan)).size();
                return MetadataJson.text(Metadata.of(plan, pages));
              } catch (PlanException e) {
                throw Problems.unprocessable(e);
              }
            });
    ctx.contentType("application/json; charset=utf-8").result(json);
  }

  /** One format of a computed plan, with the renderer's options; its problems as 422. */
  static byte[] bytes(Renderer renderer, ComputedPlan plan, Format format) throws IOException {
    try {
      return renderer.bytes(plan, format);
    } catch (PlanException e) {
      throw Problems.unprocessable(e);
    }
  }

  /** Compares two versions sent as file parts, as {@code kehoach diff} does. */
  private void diff(Context ctx) throws Exception {
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
    Path scratch = Outputs.scratch();
    try {
      Path old = Uploads.version(Bodies.part(ctx, "old"), scratch.resolve("old"));
      Path now = Uploads.version(Bodies.part(ctx, "new"), scratch.resolve("new"));
      Diffs.answer(ctx, format, old, now, scratch, pool, templates);
    } finally {
      Outputs.remove(scratch);
    }
  }

  /**
   * Renders a zip of models, or a base model and its variants table, as {@code kehoach batch} does;
   * answers a zip of the outputs and report.csv.
   */
  private void batch(Context ctx) throws Exception {
    Set<Format> formats = Outputs.formats(ctx.queryParam("format"));
    Renderer chosen = asked(ctx);
    Path scratch = Outputs.scratch();
    try {
      Path in = Files.createDirectories(scratch.resolve("in"));
      Path out = Files.createDirectories(scratch.resolve("out"));
      List<Job> jobs = jobs(ctx, in, out, scratch);
      if (jobs.isEmpty()) {
        throw new ApiException(
            422, "Không có mô hình kế hoạch nào (.yaml, .yml, .json) trong nội dung gửi lên.");
      }
      byte[] zip = pool.run(() -> runBatch(chosen, jobs, formats, scratch, out));
      ctx.status(200)
          .contentType("application/zip")
          .header("Content-Disposition", Outputs.disposition("kehoach-batch.zip"))
          .result(zip);
    } finally {
      Outputs.remove(scratch);
    }
  }

  private List<Job> jobs(Context ctx, Path in, Path out, Path scratch) throws Exception {
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/")) {
      Path base = Uploads.model(Bodies.part(ctx, "base"), in);
      Path table = Uploads.table(Bodies.part(ctx, "variants"), scratch.resolve("table"));
      try {
        return Jobs.variants(base, table, out);
      } catch (PlanException e) {
        throw Problems.unprocessable(e);
      }
    }
    Path zip = scratch.resolve("upload.zip");
    Files.write(zip, bodies.bytes(ctx));
    SafeZip.unpack(zip, in);
    return Jobs.find(List.of(in), out, new ArrayList<>());
  }

  /** Runs the jobs on this worker, and packs what they wrote with the report. */
  private static byte[] runBatch(
      Renderer renderer, List<Job> jobs, Set<Format> formats, Path scratch, Path out)
      throws Exception {
    Batch batch = new Batch(renderer, formats, out, Instant.EPOCH, true);
    try {
      Targets.check(batch.targets(jobs, Report.files(false)), List.of());
    } catch (PlanException e) {
      throw Problems.unprocessable(e);
    }
    List<Outcome> outcomes = batch.run(jobs, 1, Progress.NONE);
    Report.write(out, outcomes, false);
    unscratch(out.resolve("report.csv"), scratch);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    SafeZip.pack(out, zip);
    return zip.toByteArray();
  }

  /**
   * The report names each input by its path; the client knows them by their names in its upload,
   * not by the server's temporary folder.
   */
  private static void unscratch(Path report, Path scratch) throws IOException {
    String text = Files.readString(report, StandardCharsets.UTF_8);
    for (String folder : List.of("in", "table")) {
      text = text.replace(scratch.resolve(folder) + java.io.File.separator, "");
    }
    Files.writeString(report, text, StandardCharsets.UTF_8);
  }
}
