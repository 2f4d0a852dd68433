package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same models give the same bytes, process after process, in any time zone. */
class ReproducibleOutputTest {
  private static final List<String> SAMPLES =
      List.of(
          "samples/ninh-thuan-2024.yaml",
          "samples/tay-ninh-2024.yaml",
          "samples/nam-dinh-2023.yaml");

  @TempDir Path out;

  @Test
  void twoSeparateRunsGiveByteIdenticalFiles() throws Exception {
    Map<String, String> first = renderInNewJvm(out.resolve("first"), "UTC");
    Map<String, String> second = renderInNewJvm(out.resolve("second"), "Asia/Ho_Chi_Minh");
    assertEquals(9, first.size(), first::toString);
    assertEquals(first, second);
  }

  /**
   * A batch of a plan per core writes each plan's formats one after another on its one document
   * (issue 14); the files must be those of the writers at once, each on its copy.
   */
  @Test
  void writersOneAfterAnotherGiveTheFilesOfWritersAtOnce() throws Exception {
    Renderer atOnce = new Renderer(Optional.empty());
    Renderer inTurn = atOnce.withWritersAtOnce(false);
    Set<Format> all = EnumSet.of(Format.DOCX, Format.PDF, Format.TXT);
    for (String sample : SAMPLES) {
      Path model = Path.of(sample);
      atOnce.render(model, all, out.resolve("at-once"));
      inTurn.render(model, all, out.resolve("in-turn"));
    }
    Map<String, String> first = hashes(out.resolve("at-once"));
    assertEquals(9, first.size(), first::toString);
    assertEquals(first, hashes(out.resolve("in-turn")));
  }

  /** Renders every sample in a JVM of its own; returns each file's SHA-256 by name. */
  private static Map<String, String> renderInNewJvm(Path folder, String timeZone)
      throws IOException, InterruptedException, NoSuchAlgorithmException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "kehoach.cli.Main",
                "render",
                "--format",
                "docx,pdf,txt",
                "-o",
                folder.toString()));
    command.addAll(SAMPLES);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("TZ", timeZone);
    builder.environment().remove("SOURCE_DATE_EPOCH");
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes());
    p.waitFor(120, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), output);
    return hashes(folder);
  }

  /** Each file's SHA-256 in {@code folder}, by name. */
  private static Map<String, String> hashes(Path folder)
      throws IOException, NoSuchAlgorithmException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        hashes.put(f.getFileName().toString(), HexFormat.of().formatHex(sha));
      }
    }
    return hashes;
  }
}
