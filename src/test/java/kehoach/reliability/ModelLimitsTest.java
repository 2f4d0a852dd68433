package kehoach.reliability;

import static kehoach.reliability.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kehoach.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's limits (size, nesting, numbers, characters, messages) and that {@code check} refuses
 * what {@code render} refuses: each case is a clear message with file, line, column and field, exit
 * status 2, no stack trace and no output.
 */
class ModelLimitsTest {
  /** Checks and renders {@code model}; both must refuse it alike, writing nothing. */
  static Run refusedByCheckAndRender(Path model) throws IOException {
    Run check = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("check", model + ""));
    assertRefused(check);
    Path out = model.resolveSibling("out-" + model.getFileName());
    Run render =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> run("render", model + "", "-o", out + ""));
    assertRefused(render);
    assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "wrote into " + out);
    return check;
  }

  static void assertRefused(Run r) {
    assertEquals(2, r.status(), r.err());
    assertEquals("", r.out());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("Error"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("Usage:"), r.err());
  }

  static Path write(Path dir, String name, String text) throws IOException {
    Path model = dir.resolve(name);
    Files.writeString(model, text);
    return model;
  }

  // ---- size and nesting ---------------------------------------------------------------------

  @Test
  void tenThousandNestedListsAreRefusedAtTheirLine(@TempDir Path dir) throws IOException {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    Path model =
        write(
            dir, "deep.yaml", Models.minimal().replace("sections:", "x: " + deep + "\nsections:"));
    Run r = refusedByCheckAndRender(model);
    assertTrue(r.err().startsWith(model + ":8:"), r.err());
    assertTrue(r.err().contains("nested more than 100 levels deep"), r.err());
  }

  @Test
  void tenThousandNestedHeadingsAreRefused(@TempDir Path dir) throws IOException {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      deep.append("{title: Mục, content: [");
    }
    deep.append("Nội dung").append("]}".repeat(10_000));
    Path model =
        write(
            dir,
            "headings.yaml",
            Models.minimal().replace("sections:\n", "sections:\n  - " + deep + "\n"));
    Run r = refusedByCheckAndRender(model);
    assertTrue(r.err().contains("nested more than 100 levels deep"), r.err());
  }

  @Test
  void aliasesOfAliasesOfHeadingsAreRefusedBeforeTheyGrow(@TempDir Path dir) throws IOException {
    StringBuilder bomb = new StringBuilder("x0: &h0 {title: Mục, content: [Nội dung]}\n");
    for (int i = 1; i <= 16; i++) {
      bomb.append("x").append(i).append(": &h").append(i).append(" {title: Mục, content: [");
      bomb.append(("*h" + (i - 1) + ", ").repeat(2)).append("*h").append(i - 1).append("]}\n");
    }
    String yaml = Models.minimal().replace("sections:\n", bomb + "sections:\n  - *h16\n");
    Path model = write(dir, "aliases.yaml", yaml);
    Run r = refusedByCheckAndRender(model);
    assertEquals(2, r.lines().size(), r.err());
    assertTrue(
        r.lines().get(0).startsWith(model + ":9:32: *h0 repeats a list or mapping"), r.err());
  }

  @Test
  void aliasesOfSingleValuesAreRead(@TempDir Path dir) throws IOException {
    String yaml =
        Models.minimal()
            .replace("place: Lào Cai", "place: &place Lào Cai")
            .replace("recipients: [Bộ Nội vụ]", "recipients: [Bộ Nội vụ, *place]");
    Run r = run("check", "-q", write(dir, "scalar-alias.yaml", yaml) + "");
    assertEquals(0, r.status(), r.err());
  }

  @Test
  void aModelThatIsADeviceIsRefusedAtOnce() {
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run("check", "/dev/zero"));
    assertRefused(r);
    assertEquals(
        "/dev/zero: is not a regular file; a plan model is a YAML or JSON file", r.lines().get(0));
  }

  @Test
  void aModelOverTwentyMegabytesIsRefused(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("big.yaml");
    byte[] comment = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(model)) {
      out.write(Models.minimal().getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 20 * 1024 + 1; i++) {
        out.write(comment);
      }
    }
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("check", model + ""));
    assertRefused(r);
    assertTrue(
        r.lines().get(0).startsWith(model + ": is larger than 20 MB, the most a model may be"),
        r.err());
  }

  @Test
  void aLargeModelWithinTheLimitIsRead(@TempDir Path dir) throws IOException {
    String note = "# Ghi chú: " + "nội dung ".repeat(100) + "\n";
    Path model = write(dir, "large.yaml", Models.minimal() + note.repeat(5_000));
    assertTrue(Files.size(model) > 4 * 1024 * 1024);
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("check", "-q", model + ""));
    assertEquals(0, r.status(), r.err());
  }

  // ---- numbers ------------------------------------------------------------------------------

  @Test
  void jsonNumbersOfHugeMagnitudeAreRefusedAtTheirField(@TempDir Path dir) throws IOException {
    String json =
        """
        {"issuer": {"name": "Ủy ban nhân dân tỉnh Lào Cai"},
         "document": {"place": "Lào Cai", "date": "2026-01-05"},
         "title": "Kiểm tra",
         "sections": [{"title": "Kinh phí", "content": ["${total} đồng, ${appendix:budget}."]}],
         "archive": ["VT"],
         "signature": {"title": "Chủ tịch", "name": "Nguyễn Văn A"},
         "appendices": [{"id": "budget", "title": "Dự toán", "content": [{"budget": {"rows": [
           {"content": "Hội nghị", "quantity": 1e999999999, "price": 1e-999999999},
           {"content": "Tài liệu", "amount": 12345678901234567890}]}}]}]}
        """;
    Path model = write(dir, "huge.json", json);
    Run r = refusedByCheckAndRender(model);
    List<String> lines = r.lines();
    assertEquals(4, lines.size(), r.err());
    String row = "appendices[0].content[0].budget.rows[";
    assertTrue(lines.get(0).startsWith(model + ":8:40: " + row + "0].quantity: "), lines.get(0));
    assertTrue(lines.get(0).contains("1e999999999"), lines.get(0));
    assertTrue(lines.get(1).startsWith(model + ":8:62: " + row + "0].price: "), lines.get(1));
    assertTrue(lines.get(2).startsWith(model + ":9:38: " + row + "1].amount: "), lines.get(2));
    assertTrue(lines.get(0).contains("at most 15 digits before the decimal mark"), r.err());
    assertTrue(lines.get(1).contains("at most 9 after it"), r.err());
  }

  // ---- characters ---------------------------------------------------------------------------

  @Test
  void controlCharactersAndLoneSurrogatesAreRefusedInTheModel(@TempDir Path dir)
      throws IOException {
    String[] written = {"\\a", "\\0", "\\e", "\\uD800", "\\x7F"};
    String[] named = {"U+0007", "U+0000", "U+001B", "U+D800", "U+007F"};
    for (int i = 0; i < written.length; i++) {
      String yaml =
          Models.minimal()
              .replace(
                  "title: Kiểm tra công tác cải cách hành chính năm 2026",
                  "title: \"Kiểm tra" + written[i] + " công tác\"");
      Path model = write(dir, "control" + i + ".yaml", yaml);
      Run r = refusedByCheckAndRender(model);
      assertEquals(2, r.lines().size(), r.err());
      assertTrue(r.lines().get(0).startsWith(model + ":7:8: title: "), r.err());
      assertTrue(r.err().contains(named[i]), r.err());
      assertFalse(r.err().contains("templates"), r.err());
    }
  }

  @Test
  void aControlCharacterTypedIntoTheFileIsRefusedAtItsLineAndColumn(@TempDir Path dir)
      throws IOException {
    Path model =
        write(dir, "raw.yaml", Models.minimal().replace("place: Lào Cai", "place: Lào\u0007 Cai"));
    Run r = refusedByCheckAndRender(model);
    assertEquals(
        model + ":5:13: the character U+0007 cannot be in a model; remove it", r.lines().get(0));
  }

  @Test
  void aControlCharacterInJsonIsRefusedAtItsField(@TempDir Path dir) throws IOException {
    String json =
        """
        {"issuer": {"name": "Ủy ban nhân dân tỉnh Lào Cai"},
         "document": {"place": "Lào\\u0007 Cai", "date": "2026-01-05"}}
        """;
    Run r = run("check", write(dir, "bel.json", json) + "");
    assertRefused(r);
    assertTrue(r.err().contains("bel.json:2:24: document.place: "), r.err());
    assertTrue(r.err().contains("U+0007"), r.err());
  }

  @Test
  void aCharacterTheFontLacksIsBlamedOnTheModelsField(@TempDir Path dir) throws IOException {
    for (String missing : List.of("漢字", "😀")) {
      String yaml = Models.minimal().replace("place: Lào Cai", "place: Lào Cai " + missing);
      Path model = write(dir, "glyph" + missing.length() + ".yaml", yaml);
      Run r = refusedByCheckAndRender(model);
      assertEquals(missing.codePointCount(0, missing.length()) + 1, r.lines().size(), r.err());
      assertTrue(r.lines().get(0).startsWith(model + ":5:10: document.place: "), r.err());
      assertTrue(r.err().contains("cannot be printed in the bundled font"), r.err());
    }
  }

  @Test
  void checkRefusesATemplateThatRenderRefuses(@TempDir Path dir) throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("signature.ftlx"), "<p>${plan.noSuchField}</p>\n");
    Path model = write(dir, "plan.yaml", Models.minimal());
    assertEquals(0, run("check", "-q", model + "").status());
    Run check = run("check", model + "", "--templates", templates + "");
    assertRefused(check);
    assertTrue(check.err().contains("signature.ftlx:1:"), check.err());
    Run render = run("render", model + "", "--templates", templates + "", "-o", dir + "/o");
    assertRefused(render);
    assertEquals(check.err(), render.err());
  }

  /**
   * A character the font has whose capital it lacks ("ɐ", whose capital is "Ɐ"), in an appendix's
   * label, which the templates print in capitals: the model's own check passes it and the layout
   * refuses it, so check must lay such a plan out (kehoach.layout.BundledLayout) and refuse it as
   * render does. A check that left the bundled templates out of every plan passed it.
   */
  @Test
  void aCapitalTheLayoutMakesThatTheFontLacksIsRefusedByCheckAsByRender(@TempDir Path dir)
      throws IOException {
    String plan =
        Models.minimal().replace("  - id: budget\n", "  - id: budget\n    label: Biểu ɐ\n");
    assertTrue(plan.contains("label: Biểu ɐ"), plan);
    Path model = write(dir, "capital.yaml", plan);
    Run check = refusedByCheckAndRender(model);
    assertTrue(check.err().contains("\"Ɐ\" (U+2C6F) cannot be printed"), check.err());
    Path out = dir.resolve("o");
    assertEquals(check.err(), run("render", model + "", "-o", out + "").err());
    // in lower case it is the model's own text, refused at its field by the model's check
    Path lower = write(dir, "lower.yaml", plan.replace("label: Biểu ɐ", "label: Biểu Ɐ"));
    assertTrue(refusedByCheckAndRender(lower).err().contains("appendices[0].label"));
  }

  /**
   * A title with "style=url(x)" in it, which the templates print in a meta line's attribute, where
   * {@code References} reads it as a style that loads by address: render refuses it, and so must
   * check (a check that trusted every escaped text to the bundled layout passed it).
   */
  @Test
  void aTitleThatReadsAsAStyleInATagIsRefusedByCheckAsByRender(@TempDir Path dir)
      throws IOException {
    String plan =
        Models.minimal()
            .replace("title: Kiểm tra công tác", "title: Kiểm tra style=url(x) công tác");
    assertTrue(plan.contains("style=url(x)"), plan);
    Path model = write(dir, "style.yaml", plan);
    Run check = refusedByCheckAndRender(model);
    assertTrue(check.err().contains("url( in a style is not supported"), check.err());
    assertEquals(check.err(), run("render", model + "", "-o", dir.resolve("o") + "").err());
  }

  // ---- rules --------------------------------------------------------------------------------

  @Test
  void anAppendixCitedOnlyFromItselfIsNotCited(@TempDir Path dir) throws IOException {
    String yaml =
        Models.minimal()
            .replace(", chi tiết tại ${appendix:budget}.", ".")
            .replace(
                "    content:\n      - budget:",
                "    content:\n      - Chi tiết tại ${appendix:budget}.\n      - budget:");
    Run r = refusedByCheckAndRender(write(dir, "self.yaml", yaml));
    assertTrue(r.err().contains("appendices[0]: the body never refers to appendix"), r.err());
  }

  @Test
  void aPercentageOverAHundredIsRefused(@TempDir Path dir) throws IOException {
    String yaml =
        Models.withBudget(
            """
            - {id: hn, content: Hội nghị, amount: 1.000.000}
            - {content: Dự phòng, percent: 150, of: [hn]}
            """);
    Path model = write(dir, "percent.yaml", yaml);
    Run r = refusedByCheckAndRender(model);
    assertTrue(
        r.err().contains("appendices[0].content[0].budget.rows[1].percent: expected a percentage"),
        r.err());
    assertTrue(r.err().contains("found \"150\""), r.err());
  }

  @Test
  void aPercentageLineWithQuantityAndPriceIsRefused(@TempDir Path dir) throws IOException {
    String yaml =
        Models.withBudget(
            """
            - {id: hn, content: Hội nghị, amount: 1.000.000}
            - {content: Dự phòng, percent: 5, of: [hn], quantity: 2, price: 100}
            """);
    Run r = refusedByCheckAndRender(write(dir, "both.yaml", yaml));
    String row = "appendices[0].content[0].budget.rows[1].";
    assertTrue(r.err().contains(row + "quantity: a percentage line"), r.err());
    assertTrue(r.err().contains(row + "price: a percentage line"), r.err());
  }

  // ---- messages -----------------------------------------------------------------------------

  @Test
  void aHundredThousandUnknownFieldsPrintTheFirstHundredAndACount(@TempDir Path dir)
      throws IOException {
    StringBuilder unknown = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      unknown.append("zz").append(i).append(": 1\n");
    }
    Path model = write(dir, "many.yaml", Models.minimal() + unknown);
    for (List<String> command :
        List.of(List.of("check"), List.of("render", "-o", dir.resolve("o") + ""))) {
      List<String> args = new ArrayList<>(command);
      args.add(model + "");
      Run r =
          assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(args.toArray(String[]::new)));
      assertRefused(r);
      List<String> lines = r.lines();
      assertEquals(
          102, lines.size(), lines.subList(Math.max(0, lines.size() - 3), lines.size()) + "");
      assertTrue(lines.get(99).contains("zz99"), lines.get(99));
      assertEquals("… and 99900 more problems, not shown", lines.get(100));
      assertEquals("100000 problems found.", lines.get(101));
    }
  }

  // ---- file names ---------------------------------------------------------------------------

  /** Runs {@code script} with bash in {@code dir}; its text is UTF-8 whatever our locale. */
  static Run bash(Path dir, String script) throws IOException, InterruptedException {
    Path file = dir.resolve("run.sh");
    Files.write(file, script.getBytes(StandardCharsets.UTF_8));
    ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).directory(dir.toFile());
    pb.environment().put("CP", System.getProperty("java.class.path"));
    pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java") + "");
    pb.redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
    return new Run(
        p.exitValue(),
        Files.readString(dir.resolve("stdout")),
        Files.readString(dir.resolve("stderr")));
  }

  @Test
  void aVietnameseFileNameUnderTheCLocaleGetsAClearMessage(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("plan.yaml"), Models.minimal());
    Run r =
        bash(
            dir,
            """
            cp plan.yaml kế-hoạch.yaml
            unset LANG LANGUAGE; export LC_ALL=C
            exec "$JAVA" -cp "$CP" kehoach.cli.Main check -q kế-hoạch.yaml
            """);
    assertEquals(2, r.status(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    String first = r.lines().get(0);
    assertTrue(first.contains("cannot be represented in the system's character set"), first);
    assertTrue(first.contains("LANG=C.UTF-8"), first);
  }

  @Test
  void aVietnameseFileNameWorksUnderAUtf8Locale(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("plan.yaml"), Models.minimal());
    Run r =
        bash(
            dir,
            """
            cp plan.yaml kế-hoạch.yaml
            unset LANG LANGUAGE; export LC_ALL=C.UTF-8
            exec "$JAVA" -cp "$CP" kehoach.cli.Main check kế-hoạch.yaml
            """);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("kế-hoạch.yaml: no problems found."), r.out());
  }

  /**
   * The launcher runs Java under a UTF-8 locale when the user's is C, POSIX or unset, and leaves a
   * UTF-8 one alone; a stand-in {@code java} prints what it was given.
   */
  @Test
  void theLauncherChoosesAUtf8LocaleWhenTheUsersCannotNameFiles(@TempDir Path dir)
      throws Exception {
    Path launcher = Path.of("kehoach");
    Files.copy(launcher, dir.resolve("kehoach"));
    Files.createDirectories(dir.resolve("target"));
    Files.writeString(dir.resolve("target/kehoach.jar"), "");
    Files.createDirectories(dir.resolve("bin"));
    Files.writeString(dir.resolve("bin/java"), "#!/bin/sh\necho \"LC_ALL=$LC_ALL LANG=$LANG\"\n");
    dir.resolve("bin/java").toFile().setExecutable(true);
    List<String> seen = new ArrayList<>();
    for (String env : List.of("LC_ALL=C", "LC_ALL=POSIX", "", "LANG=C", "LC_ALL=vi_VN.UTF-8")) {
      String set = env.isEmpty() ? "" : "export " + env;
      Run r =
          bash(
              dir,
              "unset LC_ALL LANG LC_CTYPE\n"
                  + set
                  + "\nPATH=\"$PWD/bin:$PATH\" exec bash ./kehoach check x.yaml\n");
      assertEquals(0, r.status(), r.err());
      seen.add(r.out().strip());
    }
    assertEquals(
        List.of(
            "LC_ALL=C.UTF-8 LANG=",
            "LC_ALL=C.UTF-8 LANG=",
            "LC_ALL=C.UTF-8 LANG=",
            "LC_ALL=C.UTF-8 LANG=C",
            "LC_ALL=vi_VN.UTF-8 LANG="),
        seen);
  }
}
