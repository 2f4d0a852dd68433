package kehoach.reliability;

import static kehoach.reliability.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.cli.Main;
import kehoach.layout.Layout;
import kehoach.layout.TemplateLimits;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An office's templates can lay out a plan and do nothing else: they read no file outside the
 * template folders, reach no network, and a template that loops, recurses or writes without end
 * fails with a message naming it, exit status 2, no stack trace and no output. Each case is one
 * that an earlier kehoach got wrong.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TemplateSandboxTest {
  /** Bytes that must never reach an output: the content of a file outside the template folder. */
  private static final String SECRET = "BÍ-MẬT-7f3a9c-NGOÀI-THƯ-MỤC";

  @TempDir Path dir;
  private Path templates;
  private Path model;
  private Path out;
  private Path secret;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void setUp() throws IOException {
    templates = Files.createDirectories(dir.resolve("templates"));
    model = dir.resolve("plan.yaml");
    Files.writeString(model, Models.minimal());
    out = dir.resolve("out");
    secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = "Token: resolved".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
    System.clearProperty(TemplateLimits.TIME_PROPERTY);
  }

  private String http(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private Run render() {
    return run(
        "render",
        model.toString(),
        "-o",
        out.toString(),
        "--format",
        "docx,pdf,txt",
        "--templates",
        templates.toString());
  }

  private Run check() {
    return run("check", model.toString(), "--templates", templates.toString());
  }

  private void template(String name, String text) throws IOException {
    Files.writeString(templates.resolve(name), text);
  }

  /**
   * A refusal: exit 2, one message naming the template (and what it mentions), no stack trace,
   * nothing written, and for render and check alike.
   */
  private void assertRefused(String template, String... mentions) throws IOException {
    for (Run r : List.of(render(), check())) {
      assertEquals(Main.PROBLEMS, r.status(), r.err());
      assertTrue(r.err().contains("template " + template), "names the template: " + r.err());
      for (String m : mentions) {
        assertTrue(r.err().contains(m), "mentions " + m + ": " + r.err());
      }
      assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
      assertFalse(r.err().contains("Token:") || r.out().contains("Token:"), r.err());
    }
    assertFalse(Files.exists(out) && hasFiles(out), "nothing is written");
  }

  private static boolean hasFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isPresent();
    }
  }

  // ---- nothing from outside: files, network -------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # an image from a file outside the template folder
          <p>x<img src="file://SECRET"/></p>                                        | <img>
          # an image from the network
          <p>x<img src="http://HOST/logo.png"/></p>                                 | <img>
          # a style sheet from the network
          <style>@import url(http://HOST/extra.css);</style>                       | url(
          # a background image in a style attribute
          <p style="background-image: url(http://HOST/bg.png)">x</p>                | url(
          # a background image in the style element
          <style>p { background-image: url(file://SECRET); }</style>               | url(
          # a linked style sheet
          <link rel="stylesheet" href="http://HOST/a.css"/>                         | <link>
          # an embedded object
          <object data="file://SECRET"></object>                                    | <object>
          """)
  void aTemplateReferringToAFileOrAnAddressIsRefusedAndNothingIsFetched(
      String markup, String mentioned) throws IOException {
    String page = markup.replace("SECRET", secret.toString()).replace("HOST", hostAndPort());
    template("signature.ftlx", "<#-- an office's own -->\n" + page + "\n");
    assertRefused("signature.ftlx:2:", mentioned, "loads no file and no address");
    assertEquals(0, requests.get(), "no request reaches the network");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "<#include \"http://HOST/remote.ftlx\">",
        "<#import \"http://HOST/remote.ftlx\" as r>",
        "<#include \"file://SECRET\">",
        "<#include \"/../../../../../../SECRET\">",
        "<@\"<#include 'http://HOST/remote.ftlx'>\"?interpret/>"
      })
  void anIncludeOfAnAddressOrAFileOutsideIsNotFound(String include) throws IOException {
    String text = include.replace("SECRET", secret.toString()).replace("HOST", hostAndPort());
    template("signature.ftlx", "<p>x</p>\n" + text + "\n");
    assertRefused("signature.ftlx:2:", "not found");
    assertEquals(0, requests.get(), "no request reaches the network");
  }

  @Test
  void aDoctypeIsRefusedWithoutFetchingItsDtd() throws IOException {
    String main =
        new String(
            Layout.class.getResourceAsStream("/kehoach/templates/plan.ftlx").readAllBytes(),
            StandardCharsets.UTF_8);
    template("plan.ftlx", "<!DOCTYPE html SYSTEM \"" + http("/xhtml.dtd") + "\">\n" + main);
    assertRefused("plan.ftlx:1:1", "<!DOCTYPE>");
    assertEquals(0, requests.get(), "the DTD is not fetched");
  }

  /** The refusals above must not catch the bundled templates, nor model text that reads alike. */
  @Test
  void theBundledTemplatesAndTextThatReadsLikeMarkupRender() throws IOException {
    Files.writeString(
        model,
        Models.minimal()
            .replace(
                "title: Kiểm tra công tác cải cách hành chính năm 2026",
                "title: \"Xem <img src=x> và url(http://a) @import <!DOCTYPE> năm 2026\""));
    template("signature.ftlx", "<p class=\"signer-name\">${plan.signer}</p>\n");
    Run r = render();
    assertEquals(0, r.status(), r.err());
    assertEquals(0, requests.get());
    String text = Files.readString(out.resolve("plan.txt"));
    assertTrue(text.contains("url(http://a) @import"), text);
  }

  @Test
  void aLinkInTheTemplateFolderToAFileOutsideIsRefused() throws IOException {
    try {
      Files.createSymbolicLink(templates.resolve("signature.ftlx"), secret);
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links on this file system: nothing to refuse
    }
    assertRefused("plan.ftlx", "signature.ftlx", "outside the template folder");
  }

  @Test
  void aMainTemplateLinkedOutsideIsRefused() throws IOException {
    try {
      Files.createSymbolicLink(templates.resolve("plan.ftlx"), secret);
    } catch (UnsupportedOperationException | IOException e) {
      return;
    }
    for (Run r : List.of(render(), check())) {
      assertEquals(Main.PROBLEMS, r.status(), r.err());
      assertTrue(r.err().contains("outside the template folder"), r.err());
      assertFalse(r.err().contains(SECRET), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
    }
  }

  // ---- limits: time, output, nesting ---------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "<#list 1.. as i></#list>",
        "<#list 1.. as i><#if i < 0>${i}</#if></#list>",
        "<#macro spin><#list 1.. as i></#list></#macro><@spin/>"
      })
  void aTemplateThatRunsWithoutEndIsStoppedAtTheTimeLimit(String loop) throws IOException {
    System.setProperty(TemplateLimits.TIME_PROPERTY, "PT0.5S");
    template("signature.ftlx", "<p>x</p>\n" + loop + "\n");
    assertRefused("signature.ftlx:2:", "ran longer than the limit of 0.5 s");
  }

  @Test
  void aTemplateThatWritesWithoutEndIsStoppedAtTheOutputLimit() throws IOException {
    template("signature.ftlx", "<p>x</p>\n<#list 1.. as i>${i} </#list>\n");
    TemplateLimits small = new TemplateLimits(Duration.ofSeconds(20), 100_000, 16L << 20);
    PlanException e =
        assertThrows(
            PlanException.class,
            () ->
                Layout.of(Optional.of(templates), small)
                    .xhtml(Kehoach.compute("plan.yaml", Models.minimal())));
    Problem p = e.problems().get(0);
    assertEquals("template signature.ftlx", p.location().file(), p.toString());
    assertEquals(2, p.location().line(), p.toString());
    assertTrue(p.message().contains("more than the limit of 100000 characters"), p.toString());
  }

  @Test
  void theDefaultOutputLimitStopsAListWithoutEnd() throws IOException {
    template("signature.ftlx", "<#list 1.. as i>${i}</#list>\n");
    assertRefused("signature.ftlx:1:", "more than the limit of");
  }

  @Test
  void aMacroCallingItselfWithoutEndIsRefused() throws IOException {
    template("signature.ftlx", "<#macro m><@m/></#macro>\n<@m/>\n");
    assertRefused("signature.ftlx", "nest too deeply");
  }

  @Test
  void aTemplateIncludingItselfIsRefused() throws IOException {
    template("signature.ftlx", "<p>x</p>\n<#include \"signature.ftlx\">\n");
    assertRefused("signature.ftlx", "nest too deeply");
  }

  @Test
  void twoTemplatesIncludingEachOtherAreRefused() throws IOException {
    template("signature.ftlx", "<#include \"ping.ftlx\">\n");
    template("ping.ftlx", "<#include \"pong.ftlx\">\n");
    template("pong.ftlx", "<#include \"ping.ftlx\">\n");
    assertRefused("p", "nest too deeply");
  }

  private String hostAndPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }
}
