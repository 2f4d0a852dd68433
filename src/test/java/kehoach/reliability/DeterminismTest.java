package kehoach.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kehoach.Kehoach;
import kehoach.cli.Main;
import kehoach.document.Reproducible;
import kehoach.document.XhtmlDocument;
import kehoach.render.Format;
import kehoach.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, determinism: every command that writes files writes the same bytes for the same model
 * and templates, whatever the machine's locale, time zone, JDK and the number of threads; files are
 * stamped with the plan's date (or {@code SOURCE_DATE_EPOCH}), never the clock.
 */
class DeterminismTest {
  private static final Path SAMPLE = Path.of("samples/ninh-thuan-2024.yaml");

  /** The sample's date is 2024-04, so its files carry the first of April 2024. */
  private static final Instant SAMPLE_STAMP =
      Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH"))
          .filter(s -> !s.isBlank())
          .map(s -> Instant.ofEpochSecond(Long.parseLong(s.strip())))
          .orElse(Instant.parse("2024-04-01T00:00:00Z"));

  /** A date in docProps/core.xml. */
  private static final Pattern W3CDTF = Pattern.compile("W3CDTF\"[^>]*>([^<]*)<");

  /** Keeps each zip entry's content as it is. */
  private static final BiFunction<String, byte[], byte[]> KEEP = (name, content) -> content;

  @TempDir Path dir;

  @Test
  void noPartOfTheDocxNamesDocx4jOrTheJavaThatMadeIt() throws Exception {
    byte[] docx = Renderer.bytes(document(), Format.DOCX);
    String java = System.getProperty("java.version");
    for (Map.Entry<String, byte[]> part : entries(docx).entrySet()) {
      String text = new String(part.getValue(), StandardCharsets.UTF_8);
      assertFalse(text.contains("docx4j"), part.getKey() + " names docx4j");
      assertFalse(text.contains(java), part.getKey() + " names the Java version " + java);
    }
  }

  @Test
  void theSamePlanRenderedOnManyThreadsGivesTheSameBytes() throws Exception {
    XhtmlDocument document = document();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> docx = new ArrayList<>();
      List<Future<byte[]>> pdf = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        XhtmlDocument forDocx = document.copy();
        XhtmlDocument forPdf = document.copy();
        docx.add(pool.submit(() -> Renderer.bytes(forDocx, Format.DOCX)));
        pdf.add(pool.submit(() -> Renderer.bytes(forPdf, Format.PDF)));
      }
      for (int i = 1; i < 4; i++) {
        assertArrayEquals(docx.get(0).get(), docx.get(i).get(), "DOCX made on thread " + i);
        assertArrayEquals(pdf.get(0).get(), pdf.get(i).get(), "PDF made on thread " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void workbooksAreStampedWithThePlansDateNotTheClock() throws Exception {
    assertEquals(
        0, run("export-budget", SAMPLE.toString(), "-o", dir.resolve("b.xlsx").toString()));
    assertEquals(0, run("export-table", SAMPLE.toString(), "-o", dir.resolve("t.xlsx").toString()));
    LocalDateTime stamp = LocalDateTime.ofInstant(SAMPLE_STAMP, ZoneOffset.UTC);
    String iso = SAMPLE_STAMP.toString();
    for (String book : List.of("b.xlsx", "t.xlsx")) {
      byte[] bytes = Files.readAllBytes(dir.resolve(book));
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          assertEquals(stamp, e.getTimeLocal(), book + ": " + e.getName());
        }
      }
      String core = new String(entries(bytes).get("docProps/core.xml"), StandardCharsets.UTF_8);
      Matcher dates = W3CDTF.matcher(core);
      assertTrue(core.contains("<dcterms:created"), book + ": " + core);
      while (dates.find()) {
        assertEquals(iso, dates.group(1), book + ": " + core);
      }
    }
  }

  @Test
  void everyCommandWritesTheSameBytesUnderAnyLocaleAndTimeZone() throws Exception {
    Path changed = changedSample();
    Map<String, byte[]> expected = underDefaults(Locale.ROOT, "UTC", changed, "root");
    assertEquals(6, expected.size(), expected.keySet()::toString);
    for (String[] place :
        List.of(
            new String[] {"ar-SA", "Pacific/Kiritimati"},
            new String[] {"hi-IN", "America/Adak"},
            new String[] {"th-TH-u-nu-thai", "Pacific/Kiritimati"})) {
      Map<String, byte[]> actual =
          underDefaults(Locale.forLanguageTag(place[0]), place[1], changed, place[0]);
      assertEquals(expected.keySet(), actual.keySet());
      for (String name : expected.keySet()) {
        assertArrayEquals(
            expected.get(name), actual.get(name), name + " under " + place[0] + ", " + place[1]);
      }
    }
  }

  /** A plan with no date yet is stamped 1980-01-01, which Java's zip wrote per time zone. */
  @Test
  void aPlanWithoutADateGivesTheSameDocxInEveryTimeZone() throws Exception {
    String text = Files.readString(SAMPLE);
    String undated = text.replaceFirst("\n  date: 2024-04\n", "\n");
    assertFalse(text.equals(undated), "the sample's date is no longer 2024-04");
    XhtmlDocument document =
        new Renderer(Optional.empty()).document(Kehoach.compute("undated.yaml", undated));
    byte[] utc = withDefaults(Locale.ROOT, "UTC", () -> Renderer.bytes(document, Format.DOCX));
    byte[] kiritimati =
        withDefaults(
            Locale.ROOT, "Pacific/Kiritimati", () -> Renderer.bytes(document, Format.DOCX));
    assertArrayEquals(utc, kiritimati);
  }

  /**
   * {@code SOURCE_DATE_EPOCH=0}, as reproducible builds often set it, is before any time a zip
   * entry holds, as is 1980-01-01T00:00:00Z, the stamp of a plan with no date; Java then adds a
   * time it converts with the machine's time zone. Such a stamp is written as the first time a zip
   * holds on its own, two seconds later, in every time zone.
   */
  @Test
  void aStampBeforeZipTimeGivesTheSameZipInEveryTimeZone() throws Exception {
    byte[] docx = Renderer.bytes(document(), Format.DOCX);
    for (Instant stamp : List.of(Instant.EPOCH, Reproducible.ZIP_EPOCH)) {
      byte[] utc = withDefaults(Locale.ROOT, "UTC", () -> Reproducible.zip(docx, stamp, KEEP));
      byte[] kiritimati =
          withDefaults(
              Locale.ROOT, "Pacific/Kiritimati", () -> Reproducible.zip(docx, stamp, KEEP));
      assertArrayEquals(utc, kiritimati, stamp.toString());
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(utc))) {
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), zip.getNextEntry().getTimeLocal());
      }
    }
  }

  /**
   * A fresh JVM, where docx4j and OpenPDF meet the locale for the first time, on two threads, in
   * Arabic on the date line: its batch writes what this JVM renders under the root locale.
   */
  @Test
  void aFreshJvmInArabicRenderingOnTwoThreadsWritesTheSameBytes() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    for (String s : List.of("ninh-thuan-2024", "tay-ninh-2024", "nam-dinh-2023")) {
      Files.copy(Path.of("samples", s + ".yaml"), in.resolve(s + ".yaml"));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path batch = dir.resolve("batch");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Duser.language=ar",
                "-Duser.country=SA",
                "-Duser.timezone=Pacific/Kiritimati",
                "-cp",
                System.getProperty("java.class.path"),
                "kehoach.cli.Main",
                "batch",
                in.toString(),
                "-o",
                batch.toString(),
                "-q",
                "-j",
                "2")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the batch did not finish");
    assertEquals(0, p.exitValue(), output);
    Path here = dir.resolve("here");
    List<String> render = new ArrayList<>(List.of("render", "-o", here.toString()));
    try (Stream<Path> models = Files.list(in)) {
      models.sorted().forEach(m -> render.add(m.toString()));
    }
    int code = withDefaults(Locale.ROOT, "UTC", () -> run(render.toArray(String[]::new)));
    assertEquals(0, code);
    Map<String, byte[]> expected = files(here);
    assertEquals(6, expected.size(), expected.keySet()::toString);
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      assertArrayEquals(
          e.getValue(), Files.readAllBytes(batch.resolve(e.getKey())), e.getKey() + " of batch");
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static XhtmlDocument document() throws Exception {
    return new Renderer(Optional.empty()).document(Kehoach.compute(SAMPLE));
  }

  /** The sample with one budget line reworded, for a redline with a change in it. */
  private Path changedSample() throws IOException {
    String text = Files.readString(SAMPLE);
    String changed = text.replaceFirst("Khảo sát", "Điều tra");
    assertFalse(text.equals(changed), "the sample no longer says \"Khảo sát\"");
    Path file = dir.resolve("changed.yaml");
    Files.writeString(file, changed);
    return file;
  }

  /**
   * Every file the writing commands make from the sample, under {@code locale} and {@code zone} as
   * the JVM's defaults: render (DOCX, PDF, text), export-budget, export-table, and the redline of
   * diff.
   */
  private Map<String, byte[]> underDefaults(Locale locale, String zone, Path changed, String name)
      throws Exception {
    Path out = dir.resolve(name);
    String model = SAMPLE.toString();
    int[] codes =
        withDefaults(
            locale,
            zone,
            () ->
                new int[] {
                  run("render", model, "--format", "docx,pdf,txt", "-o", out.toString()),
                  run("export-budget", model, "-o", out.resolve("budget.xlsx").toString()),
                  run("export-table", model, "-o", out.resolve("tables.xlsx").toString()),
                  run(
                      "diff",
                      model,
                      changed.toString(),
                      "--redline",
                      out.resolve("r.docx").toString())
                });
    assertArrayEquals(new int[] {0, 0, 0, 1}, codes, "exit statuses under " + locale);
    return files(out);
  }

  /** A piece of work run with {@code locale} and {@code zone} as every default, then restored. */
  private static <T> T withDefaults(Locale locale, String zone, Work<T> work) throws Exception {
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale all = Locale.getDefault();
    TimeZone timeZone = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      return work.run();
    } finally {
      Locale.setDefault(all);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
      TimeZone.setDefault(timeZone);
    }
  }

  /** Work that may throw. */
  private interface Work<T> {
    T run() throws Exception;
  }

  private static int run(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertFalse(err.toString().contains("\tat "), err::toString);
    return code;
  }

  private static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.list(folder)) {
      for (Path f : all.toList()) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
