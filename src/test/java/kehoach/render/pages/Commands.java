package kehoach.render.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command-line tools the layout checks read output with: poppler (pdftotext, pdftoppm) and
 * LibreOffice. As {@code kehoach.render.Tools}, which is private to its package: CI installs them
 * and must run these tests; elsewhere a missing tool skips them. LibreOffice gets longer than other
 * tools, since it converts every plan in one run.
 */
final class Commands {
  private Commands() {}

  static void require(String tool) {
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
  static String run(String... command) throws IOException, InterruptedException {
    return run(120, List.of(command));
  }

  static String run(int seconds, List<String> command) throws IOException, InterruptedException {
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
  static void convertWithLibreOffice(List<Path> docx, Path folder, Path profile)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("soffice");
    command.add("-env:UserInstallation=" + profile.toAbsolutePath().toUri());
    command.addAll(List.of("--headless", "--convert-to", "pdf", "--outdir", folder.toString()));
    docx.forEach(d -> command.add(d.toString()));
    run(600, command);
  }
}
