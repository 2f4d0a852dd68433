package kehoach.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kehoach.Models;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace routes the page calls, through a real HTTP client. */
class WorkspaceApiTest {
  private static final String SAMPLE = "ninh-thuan-2024.yaml";

  @TempDir static Path temp;
  private static Path workspace;
  private static Server server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    workspace = temp.resolve("plans");
    server =
        Server.start(
            ServeOptions.defaults(workspace)
                .withPort(0)
                .withLimits(2, 8, Duration.ofSeconds(120), 4 << 20),
            System.err);
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A plan of its own for a test: the minimal model under {@code name}. */
  private static String put(String name, String text) throws Exception {
    Files.writeString(workspace.resolve(name), text);
    return Http.json(http.get("/api/plans/" + name)).get("version").asText();
  }

  @Test
  void theListShowsTheSamplesWithTheirTotals() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/plans");
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode ninhThuan = null;
    for (JsonNode p : Http.json(r).get("plans")) {
      if (p.get("name").asText().equals(SAMPLE)) {
        ninhThuan = p;
      }
    }
    assertTrue(ninhThuan != null, Http.text(r));
    assertEquals("74.580.000", ninhThuan.get("total").asText());
    assertEquals(0, ninhThuan.get("problems").asInt());
    assertFalse(ninhThuan.get("modified").asText().isEmpty());
  }

  @Test
  void aPlanIsMadeFromAStarterOnceAndItsNameIsChecked() throws Exception {
    JsonNode starters = Http.json(http.get("/api/starters")).get("starters");
    assertTrue(starters.size() >= 4, starters.toString());
    String starter = starters.get(0).get("id").asText();
    HttpResponse<byte[]> made =
        http.postJson("/api/plans", Map.of("name", "moi.yaml", "starter", starter));
    assertEquals(201, made.statusCode(), Http.text(made));
    assertEquals("moi.yaml", Http.json(made).get("name").asText());
    assertEquals(64, Http.json(made).get("version").asText().length());
    HttpResponse<byte[]> again =
        http.postJson("/api/plans", Map.of("name", "moi.yaml", "starter", starter));
    assertEquals(409, again.statusCode());
    assertEquals(
        400,
        http.postJson("/api/plans", Map.of("name", "../moi.yaml", "starter", starter))
            .statusCode());
    HttpResponse<byte[]> copy =
        http.postJson("/api/plans", Map.of("name", "ban-sao.yaml", "copyOf", SAMPLE));
    assertEquals(201, copy.statusCode(), Http.text(copy));
    assertEquals(
        Files.readString(workspace.resolve(SAMPLE)),
        Files.readString(workspace.resolve("ban-sao.yaml")));
    assertEquals(400, http.post("/api/plans", "application/json", "[1".getBytes()).statusCode());
  }

  @Test
  void aPlanIsReadWithItsVersion() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/plans/" + SAMPLE);
    assertEquals(200, r.statusCode());
    JsonNode plan = Http.json(r);
    assertEquals(SAMPLE, plan.get("name").asText());
    assertEquals(Files.readString(workspace.resolve(SAMPLE)), plan.get("text").asText());
    assertEquals(404, http.get("/api/plans/khong-co.yaml").statusCode());
  }

  @Test
  void aStaleSaveIsRefusedWithTheCurrentText() throws Exception {
    String first = put("luu.yaml", Models.minimal());
    String edited = Models.minimal().replace("Hội nghị", "Hội thảo");
    HttpResponse<byte[]> saved =
        http.putJson("/api/plans/luu.yaml", Map.of("text", edited, "version", first));
    assertEquals(200, saved.statusCode(), Http.text(saved));
    String second = Http.json(saved).get("version").asText();
    HttpResponse<byte[]> stale =
        http.putJson("/api/plans/luu.yaml", Map.of("text", Models.minimal(), "version", first));
    assertEquals(409, stale.statusCode());
    JsonNode current = Http.json(stale).get("current");
    assertEquals(edited, current.get("text").asText());
    assertEquals(second, current.get("version").asText());
    assertFalse(Http.json(stale).get("message").asText().isEmpty());
    assertEquals(edited, Files.readString(workspace.resolve("luu.yaml")));
  }

  @Test
  void historyKeepsEveryVersionAndRestoresOne() throws Exception {
    String v1 = put("lich-su.yaml", Models.minimal());
    String changed = Models.minimal().replace("Hội nghị", "Hội thảo");
    String v2 =
        Http.json(http.putJson("/api/plans/lich-su.yaml", Map.of("text", changed, "version", v1)))
            .get("version")
            .asText();
    JsonNode versions = Http.json(http.get("/api/plans/lich-su.yaml/history")).get("versions");
    assertEquals(1, versions.size(), versions.toString());
    String id = versions.get(0).get("id").asText();
    HttpResponse<byte[]> old = http.get("/api/plans/lich-su.yaml/history/" + id);
    assertEquals(Models.minimal(), Http.json(old).get("text").asText());
    HttpResponse<byte[]> restored =
        http.postJson("/api/plans/lich-su.yaml/history/" + id + "/restore", Map.of("version", v2));
    assertEquals(200, restored.statusCode(), Http.text(restored));
    assertEquals(Models.minimal(), Files.readString(workspace.resolve("lich-su.yaml")));
    assertEquals(404, http.get("/api/plans/lich-su.yaml/history/khong-co").statusCode());
  }

  @Test
  void anEditChangesOnlyThatField() throws Exception {
    String text = "# ghi chú của văn thư\n" + Models.minimal();
    String version = put("sua.yaml", text);
    HttpResponse<byte[]> r =
        http.postJson(
            "/api/plans/sua.yaml/edit",
            Map.of(
                "version",
                version,
                "edits",
                List.of(Map.of("path", "document.place", "value", "Hà Nội"))));
    assertEquals(200, r.statusCode(), Http.text(r));
    assertEquals(
        text.replace("place: Lào Cai", "place: Hà Nội"), Http.json(r).get("text").asText());
    HttpResponse<byte[]> wrong =
        http.postJson(
            "/api/plans/sua.yaml/edit",
            Map.of(
                "version",
                Http.json(r).get("version").asText(),
                "edits",
                List.of(Map.of("path", "document.nowhere.deeper", "value", "x"))));
    assertEquals(422, wrong.statusCode(), Http.text(wrong));
    HttpResponse<byte[]> stale =
        http.postJson(
            "/api/plans/sua.yaml/edit",
            Map.of("version", version, "edits", List.of(Map.of("path", "title", "value", "Mới"))));
    assertEquals(409, stale.statusCode());
  }

  @Test
  void renameDeleteAndRestoreFromTheBin() throws Exception {
    put("cu.yaml", Models.minimal());
    HttpResponse<byte[]> renamed =
        http.postJson("/api/plans/cu.yaml/rename", Map.of("to", "moi-ten.yaml"));
    assertEquals(200, renamed.statusCode(), Http.text(renamed));
    assertEquals("moi-ten.yaml", Http.json(renamed).get("name").asText());
    assertFalse(Files.exists(workspace.resolve("cu.yaml")));
    HttpResponse<byte[]> deleted = http.delete("/api/plans/moi-ten.yaml");
    assertEquals(200, deleted.statusCode());
    String binId = Http.json(deleted).get("binId").asText();
    assertFalse(Files.exists(workspace.resolve("moi-ten.yaml")));
    JsonNode items = Http.json(http.get("/api/bin")).get("items");
    assertTrue(items.toString().contains(binId), items.toString());
    HttpResponse<byte[]> restored = http.postJson("/api/bin/" + binId + "/restore", Map.of());
    assertEquals(200, restored.statusCode(), Http.text(restored));
    assertEquals("moi-ten.yaml", Http.json(restored).get("name").asText());
    assertTrue(Files.exists(workspace.resolve("moi-ten.yaml")));
    assertEquals(404, http.postJson("/api/bin/khong-co/restore", Map.of()).statusCode());
  }

  @Test
  void aPlanDownloadsAsDocxPdfAndText() throws Exception {
    put("tai.yaml", Models.minimal());
    HttpResponse<byte[]> txt = http.get("/api/plans/tai.yaml/download?format=txt");
    assertEquals(200, txt.statusCode(), Http.text(txt));
    assertTrue(Http.text(txt).contains("2.500.000"));
    assertTrue(txt.headers().firstValue("Content-Disposition").orElseThrow().contains("tai.txt"));
    HttpResponse<byte[]> docx = http.get("/api/plans/tai.yaml/download?format=docx");
    assertEquals(200, docx.statusCode());
    assertEquals('P', docx.body()[0]);
    put("hong.yaml", Models.minimal().replace("place: Lào Cai", "place: [a]"));
    assertEquals(422, http.get("/api/plans/hong.yaml/download?format=pdf").statusCode());
  }

  @Test
  void aTableGoesToExcelAndBack() throws Exception {
    String version = put("bang.yaml", Models.minimal());
    HttpResponse<byte[]> xlsx = http.get("/api/plans/bang.yaml/tables/1.xlsx");
    assertEquals(200, xlsx.statusCode(), Http.text(xlsx));
    assertEquals('P', xlsx.body()[0]);
    HttpResponse<byte[]> none = http.get("/api/plans/bang.yaml/tables/9.xlsx");
    assertEquals(404, none.statusCode(), Http.text(none));
    HttpResponse<byte[]> back =
        http.post(
            "/api/plans/bang.yaml/tables/1?version=" + version,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.body());
    assertEquals(200, back.statusCode(), Http.text(back));
    assertEquals(64, Http.json(back).get("version").asText().length());
  }

  @Test
  void comparesWithAnotherPlanAVersionOrAnUpload() throws Exception {
    put("so-sanh.yaml", Models.minimal().replace("quantity: 2", "quantity: 3"));
    put("goc.yaml", Models.minimal());
    HttpResponse<byte[]> withPlan =
        http.multipart(
            "/api/plans/so-sanh.yaml/compare", Http.parts("other", Http.Part.field("goc.yaml")));
    assertEquals(200, withPlan.statusCode(), Http.text(withPlan));
    assertEquals("goc.yaml", Http.json(withPlan).get("oldName").asText());
    assertTrue(Http.text(withPlan).contains("3.500.000"));
    HttpResponse<byte[]> withUpload =
        http.multipart(
            "/api/plans/so-sanh.yaml/compare?format=redline",
            Http.parts("file", Http.Part.file("cu.yaml", Models.minimal())));
    assertEquals(200, withUpload.statusCode(), Http.text(withUpload));
    assertEquals('P', withUpload.body()[0]);
    HttpResponse<byte[]> nothing =
        http.multipart("/api/plans/so-sanh.yaml/compare", Http.parts("x", Http.Part.field("y")));
    assertEquals(400, nothing.statusCode());
  }

  @Test
  void namesCannotLeaveTheWorkspace() throws Exception {
    Path secret = temp.resolve("secret.yaml");
    Files.writeString(secret, "title: BÍ MẬT\n");
    Files.createSymbolicLink(workspace.resolve("link.yaml"), secret);
    for (String path :
        List.of(
            "/api/plans/..%2Fsecret.yaml",
            "/api/plans/%2E%2E%2Fsecret.yaml",
            "/api/plans/" + java.net.URLEncoder.encode(secret.toString(), StandardCharsets.UTF_8),
            "/api/plans/link.yaml",
            "/api/plans/link.yaml/download?format=txt",
            "/api/plans/link.yaml/history",
            "/api/plans/.hidden.yaml")) {
      HttpResponse<byte[]> r = http.get(path);
      assertTrue(List.of(400, 404).contains(r.statusCode()), path + ": " + r.statusCode());
      assertFalse(Http.text(r).contains("BÍ MẬT"), path);
    }
    HttpResponse<byte[]> write =
        http.putJson("/api/plans/link.yaml", Map.of("text", "title: x\n", "version", "0"));
    assertEquals(400, write.statusCode());
    assertEquals("title: BÍ MẬT\n", Files.readString(secret));
  }
}
