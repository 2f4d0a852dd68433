package kehoach.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import kehoach.render.Renderer;
import kehoach.workspace.WorkspaceException.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace keeps every plan, every earlier text, and never overwrites a newer save. */
class WorkspaceTest {
  private static final String QUANTITY = "appendices[1].content[0].budget.rows[0].rows[1].quantity";

  @TempDir Path dir;
  private Workspace ws;

  @BeforeEach
  void open() throws Exception {
    ws = Workspace.open(dir.resolve("plans"), new Renderer(Optional.empty()));
  }

  private static Kind kind(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(WorkspaceException.class, call).kind();
  }

  @Test
  void aNewWorkspaceHoldsTheSamples() {
    List<PlanSummary> plans = ws.plans();
    assertEquals(
        List.of("nam-dinh-2023.yaml", "ninh-thuan-2024.yaml", "tay-ninh-2024.yaml"),
        plans.stream().map(PlanSummary::name).toList());
    PlanSummary ninhThuan = plans.get(1);
    assertEquals(0, ninhThuan.problems());
    assertEquals("74.580.000", ninhThuan.total());
    assertEquals("", ninhThuan.number());
    assertTrue(ninhThuan.title().startsWith("Tổng thể nâng cao năng suất"), ninhThuan.title());
    assertEquals("1500/KH-UBND", plans.get(2).number());
    // Tây Ninh's budget is in triệu đồng: the list gives every total in đồng, as the report does
    assertEquals("140.000.000", plans.get(2).total());
  }

  @Test
  void everySampleInTheRepositoryIsBundled() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      assertEquals(
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .toList(),
          Workspace.SAMPLES.stream().sorted().toList());
    }
  }

  @Test
  void aFolderWithAModelGetsNoSamples() throws Exception {
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve("mine.yaml"), "x: 1\n");
    Workspace mine = Workspace.open(other, new Renderer(Optional.empty()));
    assertEquals(List.of("mine.yaml"), mine.plans().stream().map(PlanSummary::name).toList());
    assertTrue(mine.plans().get(0).problems() > 0);
  }

  @Test
  void aSaveOnAnOldVersionIsRefusedWithTheCurrentText() throws Exception {
    Saved first = ws.read("nam-dinh-2023.yaml");
    String second = ws.save(first.name(), first.text() + "# một\n", first.version());
    WorkspaceException e =
        assertThrows(
            WorkspaceException.class,
            () -> ws.save(first.name(), first.text() + "# hai\n", first.version()));
    assertEquals(Kind.CONFLICT, e.kind());
    assertEquals(second, e.current().orElseThrow().version());
    assertEquals(first.text() + "# một\n", e.current().orElseThrow().text());
    assertEquals(first.text() + "# một\n", ws.read(first.name()).text());
  }

  @Test
  void everySaveKeepsTheTextItReplaces() throws Exception {
    Saved first = ws.read("nam-dinh-2023.yaml");
    String v2 = ws.save(first.name(), first.text() + "# 2\n", first.version());
    String v3 = ws.save(first.name(), first.text() + "# 3\n", v2);
    List<Version> versions = ws.history(first.name());
    assertEquals(2, versions.size());
    assertEquals(first.text() + "# 2\n", ws.historyText(first.name(), versions.get(0).id()));
    assertEquals(first.text(), ws.historyText(first.name(), versions.get(1).id()));
    String v4 = ws.restore(first.name(), versions.get(1).id(), v3);
    assertEquals(first.version(), v4);
    assertEquals(3, ws.history(first.name()).size());
    assertEquals(Kind.NOT_FOUND, kind(() -> ws.historyText(first.name(), "../../x")));
  }

  @Test
  void onlyOneOfTwoConcurrentSavesWins() throws Exception {
    Saved first = ws.read("tay-ninh-2024.yaml");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String text = first.text() + "# " + i + "\n";
      Callable<String> save = () -> ws.save(first.name(), text, first.version());
      results.add(pool.submit(save));
    }
    int wins = 0;
    for (Future<String> f : results) {
      try {
        f.get();
        wins++;
      } catch (java.util.concurrent.ExecutionException e) {
        assertEquals(Kind.CONFLICT, ((WorkspaceException) e.getCause()).kind());
      }
    }
    pool.shutdown();
    assertEquals(1, wins);
  }

  @Test
  void namesOutsideTheFolderAreRefused() throws Exception {
    for (String bad :
        List.of(
            "../x.yaml", ".hidden.yaml", "a/b.yaml", "a\\b.yaml", "x.txt", "a\u0001.yaml", "")) {
      assertEquals(Kind.BAD_NAME, kind(() -> ws.read(bad)), bad);
    }
    Path outside = dir.resolve("outside.yaml");
    Files.writeString(outside, "secret: 1\n");
    Files.createSymbolicLink(ws.dir().resolve("link.yaml"), outside);
    assertEquals(Kind.BAD_NAME, kind(() -> ws.read("link.yaml")));
    assertFalse(ws.plans().stream().anyMatch(p -> p.name().equals("link.yaml")));
  }

  @Test
  void aNewPlanNeedsAFreeName() throws Exception {
    assertEquals(Kind.EXISTS, kind(() -> ws.save("nam-dinh-2023.yaml", "x: 1\n", null)));
    assertEquals(Kind.EXISTS, kind(() -> ws.copy("tay-ninh-2024.yaml", "nam-dinh-2023.yaml")));
    assertEquals(Kind.NOT_FOUND, kind(() -> ws.save("none.yaml", "x: 1\n", "abc")));
    Saved copy = ws.copy("tay-ninh-2024.yaml", "tay-ninh-2025.yaml");
    assertEquals(ws.read("tay-ninh-2024.yaml").text(), copy.text());
  }

  @Test
  void everyStarterMakesAPlanWithNoProblems() throws Exception {
    for (Starter s : Workspace.starters()) {
      ws.create(s.id() + ".yaml", s.id());
      ws.create(s.id() + ".json", s.id());
    }
    for (PlanSummary p : ws.plans()) {
      assertEquals(0, p.problems(), p.name());
    }
    assertEquals(Kind.NOT_FOUND, kind(() -> ws.create("x.yaml", "nothing")));
  }

  @Test
  void aDeletedPlanWaitsInTheBinWithItsHistory() throws Exception {
    Saved first = ws.read("nam-dinh-2023.yaml");
    ws.save(first.name(), first.text() + "# 2\n", first.version());
    String id = ws.delete(first.name());
    assertEquals(Kind.NOT_FOUND, kind(() -> ws.read(first.name())));
    assertEquals(List.of(first.name()), ws.bin().stream().map(Binned::name).toList());
    ws.save(first.name(), "x: 1\n", null);
    assertEquals(Kind.EXISTS, kind(() -> ws.restoreFromBin(id)));
    ws.delete(first.name());
    assertEquals(first.name(), ws.restoreFromBin(id));
    assertEquals(first.text() + "# 2\n", ws.read(first.name()).text());
    assertEquals(1, ws.history(first.name()).size());
    assertEquals(1, ws.bin().size());
  }

  @Test
  void aRenamedPlanKeepsItsHistory() throws Exception {
    Saved first = ws.read("nam-dinh-2023.yaml");
    ws.save(first.name(), first.text() + "# 2\n", first.version());
    assertEquals(Kind.EXISTS, kind(() -> ws.rename(first.name(), "tay-ninh-2024.yaml")));
    ws.rename(first.name(), "nam-dinh.yaml");
    assertEquals(1, ws.history("nam-dinh.yaml").size());
    assertEquals(
        first.text(), ws.historyText("nam-dinh.yaml", ws.history("nam-dinh.yaml").get(0).id()));
    assertEquals(List.of(), ws.history(first.name()));
  }

  @Test
  void aFormEditChangesOnlyItsField() throws Exception {
    Saved first = ws.read("ninh-thuan-2024.yaml");
    Saved edited = ws.edit(first.name(), first.version(), List.of(FieldEdit.set(QUANTITY, "13")));
    assertEquals(first.text().replace("quantity: 12\n", "quantity: 13\n"), edited.text());
    assertEquals(edited, ws.read(first.name()));
    assertEquals(
        Kind.CONFLICT,
        kind(() -> ws.edit(first.name(), first.version(), List.of(FieldEdit.set(QUANTITY, "1")))));
    assertEquals(
        Kind.INVALID,
        kind(
            () -> ws.edit(first.name(), edited.version(), List.of(FieldEdit.set("no.such", "1")))));
    assertEquals(edited.text(), ws.read(first.name()).text());
  }

  @Test
  void aJsonPlanIsEditedAsJson() throws Exception {
    Saved made = ws.create("ke-hoach.json", "budget");
    Saved edited =
        ws.edit(
            made.name(),
            made.version(),
            List.of(
                FieldEdit.set("document.place", "Huế"),
                new FieldEdit("recipients", "moveDown", 0, null)));
    assertTrue(edited.text().contains("\"place\": \"Huế\""), edited.text());
    assertTrue(
        edited.text().indexOf("Chủ tịch, các PCT") < edited.text().indexOf("Thường trực Tỉnh ủy"));
    assertEquals(
        0,
        ws.plans().stream()
            .filter(p -> p.name().equals(made.name()))
            .findFirst()
            .orElseThrow()
            .problems());
  }
}
