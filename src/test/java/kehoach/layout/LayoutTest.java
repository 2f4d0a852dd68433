package kehoach.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.plan.ComputedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An office may change the layout with templates of its own, and can do nothing else with them. */
class LayoutTest {
  @TempDir Path templates;

  private static ComputedPlan plan() throws PlanException {
    return Kehoach.compute("plan.yaml", Models.minimal());
  }

  private Problem failing(String file, String template) throws IOException {
    Files.writeString(templates.resolve(file), template);
    PlanException e =
        assertThrows(PlanException.class, () -> Layout.of(Optional.of(templates)).xhtml(plan()));
    assertEquals(1, e.problems().size());
    return e.problems().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # running a program through ?new
          ${"freemarker.template.utility.Execute"?new()("id")}         | Execute
          # reaching Java objects through ?api
          ${plan.header?api.getClass().getName()}                       | api
          # reading a file outside the template folders
          <#include "/../../../../etc/passwd">                           | not found
          """)
  void aHostileTemplateFailsWithAClearError(String template, String expected) throws IOException {
    Problem p = failing("plan.ftlx", template);
    assertTrue(p.location().file().contains("plan.ftlx"), p::toString);
    assertTrue(p.message().contains(expected), p::toString);
  }

  @Test
  void aMistakeInATemplateNamesItsFileAndLine() throws IOException {
    Problem p = failing("signature.ftlx", "<p>\n${plan.nosuchvalue}</p>\n");
    assertEquals("template signature.ftlx", p.location().file());
    assertEquals(2, p.location().line());
  }

  @Test
  void anOverlayReplacesOneTemplateAndKeepsTheOthers() throws IOException, PlanException {
    Files.writeString(
        templates.resolve("signature.ftlx"),
        "<p class=\"signer-name\">${plan.signer?upper_case}</p>");
    String xhtml = Layout.of(Optional.of(templates)).xhtml(plan());
    assertTrue(xhtml.contains("<p class=\"signer-name\">NGUYỄN VĂN A</p>"), xhtml);
    assertTrue(xhtml.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the bundled header stays");
  }

  @Test
  void modelTextIsEscaped() throws PlanException {
    String yaml =
        Models.minimal()
            .replace(
                "title: Kiểm tra công tác cải cách hành chính năm 2026",
                "title: \"<script>x</script> & Sở KH&CN\"");
    String xhtml = Layout.of(Optional.empty()).xhtml(Kehoach.compute("plan.yaml", yaml));
    assertTrue(xhtml.contains("&lt;script&gt;x&lt;/script&gt; &amp; Sở KH&amp;CN"), xhtml);
  }

  @Test
  void aMissingTemplateFolderIsAProblem() {
    PlanException e =
        assertThrows(
            PlanException.class, () -> Layout.of(Optional.of(templates.resolve("nowhere"))));
    assertTrue(e.getMessage().endsWith("is not a folder of templates"), e.getMessage());
  }

  /**
   * The bundled list is every template of the folder: {@link BundledTemplates} finds no other name,
   * and prepare reads them ahead.
   */
  @Test
  void theBundledListIsTheTemplatesFolder() throws IOException {
    try (var files = Files.list(Path.of("templates"))) {
      assertEquals(
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> !n.equals("README.md"))
              .collect(java.util.stream.Collectors.toSet()),
          java.util.Set.copyOf(Layout.BUNDLED));
    }
  }

  /**
   * An office's template includes and imports the bundled ones by their names, written as
   * FreeMarker allows (from the root, from here, by acquisition, through a folder of the office's).
   */
  @ParameterizedTest
  @CsvSource({"body.ftlx", "/body.ftlx", "./body.ftlx", "*/body.ftlx", "sub/../body.ftlx"})
  void anOfficesTemplateIncludesTheBundledOnes(String name) throws IOException, PlanException {
    String plan = Files.readString(Path.of("templates", "plan.ftlx"));
    String marked =
        plan.replace(
            "<#include \"body.ftlx\">",
            "<p class=\"office\">OFFICE</p>\n<#include \"" + name + "\">");
    assertTrue(marked.contains("OFFICE"), "plan.ftlx includes body.ftlx");
    Files.createDirectories(templates.resolve("sub"));
    Files.writeString(templates.resolve("plan.ftlx"), marked);
    String xhtml = Layout.of(Optional.of(templates)).xhtml(plan());
    assertTrue(xhtml.contains("<p class=\"office\">OFFICE</p>"), xhtml);
    assertEquals(
        Layout.of(Optional.empty()).xhtml(plan()),
        xhtml.replace("<p class=\"office\">OFFICE</p>\n", ""));
  }

  /**
   * An office's template that is broken is reported where it is used, prepared or not: prepare
   * reads only the bundled ones.
   */
  @Test
  void preparingLeavesAnOfficesTemplatesToTheRun() throws IOException, PlanException {
    Files.writeString(templates.resolve("appendix-file.ftlx"), "<#if>");
    Layout layout = Layout.of(Optional.of(templates));
    layout.prepare();
    assertTrue(layout.xhtml(plan()).contains("<html"));
  }
}
