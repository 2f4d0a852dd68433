package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command-line tools some tests read output with (poppler's pdftotext and pdffonts,
 * LibreOffice). CI installs them and must run these tests; elsewhere a missing tool skips them.
 */
public final class Tools {
  private Tools() {}

  public static void require(String tool) {
    boolean present = onPath(tool);
    if (System.getenv("CI") != null) {
      assertEquals(true, present, tool + " is required in CI; .ci/run installs it");
    }
    assumeTrue(present, tool + " is not installed; see README");
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** Runs a command and returns what it printed; fails the test if it fails. */
  public static String run(String... command) throws IOException, InterruptedException {
    return run(120, List.of(command));
  }

  /** As {@link #run(String...)}, allowed {@code seconds} to finish. */
  public static String run(int seconds, List<String> command)
      throws IOException, InterruptedException {
    require(command.get(0));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " did not finish");
    }
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed: " + text);
    return text;
  }

  /**
   * Converts DOCX files to PDF into {@code folder} with one LibreOffice process (it takes seconds
   * to start), with a profile of its own so that it neither meets nor changes the user's.
   */
  public static void convertWithLibreOffice(List<Path> docx, Path folder, Path profile)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("soffice");
    command.add("-env:UserInstallation=" + profile.toAbsolutePath().toUri());
    command.addAll(List.of("--headless", "--convert-to", "pdf", "--outdir", folder.toString()));
    docx.forEach(d -> command.add(d.toString()));
    run(600, command);
  }

  /** The text of a PDF in reading order, by poppler's pdftotext. */
  static String pdfText(Path pdf) throws IOException, InterruptedException {
    return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
  }

  /**
   * The text inside each page's type area (margins cut off) in reading order, or in drawing order
   * when {@code raw}. Flying Saucer draws a line that meets a page break on both pages and clips
   * it; what is clipped is not on the page a reader sees, so it is cut off here too.
   */
  static String pdfTypeAreaText(Path pdf, double marginPoints, boolean raw)
      throws IOException, InterruptedException {
    StringBuilder text = new StringBuilder();
    Matcher size = PAGE_SIZE.matcher(run("pdfinfo", "-f", "1", "-l", "9999", pdf.toString()));
    while (size.find()) {
      String page = size.group(1);
      double width = Double.parseDouble(size.group(2));
      double height = Double.parseDouble(size.group(3));
      List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
      if (raw) {
        command.add("-raw");
      }
      command.addAll(
          List.of(
              "-f",
              page,
              "-l",
              page,
              "-r",
              "72",
              "-x",
              "0",
              "-y",
              Long.toString(Math.round(marginPoints)),
              "-W",
              Long.toString(Math.round(width)),
              "-H",
              Long.toString(Math.round(height - 2 * marginPoints)),
              pdf.toString(),
              "-"));
      text.append(run(command.toArray(String[]::new)));
    }
    return text.toString();
  }

  private static final Pattern PAGE_SIZE =
      Pattern.compile("Page\\s+(\\d+) size:\\s+([0-9.]+) x ([0-9.]+) pts");

  /** The text of each page of a PDF. */
  static List<String> pdfPages(Path pdf) throws IOException, InterruptedException {
    return new ArrayList<>(List.of(pdfText(pdf).split("\f", -1)));
  }
}
