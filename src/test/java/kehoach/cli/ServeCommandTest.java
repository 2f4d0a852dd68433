package kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kehoach serve} as a clerk starts it. */
class ServeCommandTest {
  @TempDir Path temp;

  @Test
  void itPrintsTheAddressServesAndMakesTheWorkspaceWithTheSamples() throws Exception {
    Path plans = temp.resolve("plans");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger status = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () ->
                status.set(
                    Main.run(
                        new String[] {"serve", "--port", "0", "--workspace", plans.toString()},
                        new PrintWriter(out),
                        new PrintWriter(err))));
    serving.start();
    Matcher address = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
    for (int i = 0; i < 600 && !address.reset(out.toString()).find(); i++) {
      Thread.sleep(50);
    }
    try {
      assertTrue(
          out.toString().startsWith("kehoach: serving " + plans + " at http://127.0.0.1:"),
          out + " / " + err);
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(address.group() + "health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertTrue(Files.exists(plans.resolve("ninh-thuan-2024.yaml")));
    } finally {
      serving.interrupt();
      serving.join(30_000);
    }
    assertEquals(0, status.get(), err.toString());
  }

  @Test
  void anotherHostWithoutATokenIsRefusedWithTheWayOut() {
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new String[] {"serve", "--host", "0.0.0.0", "--workspace", temp.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(2, status);
    assertTrue(err.toString().contains("--token"), err.toString());
    assertTrue(err.toString().contains("KEHOACH_TOKEN"), err.toString());
  }
}
