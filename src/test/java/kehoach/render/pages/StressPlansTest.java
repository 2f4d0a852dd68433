package kehoach.render.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.document.XhtmlDocument;
import kehoach.render.Renderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The stress plans are valid models with the shapes {@link PageLayoutTest} relies on, checked
 * without rendering: that test fails until the writers are fixed, and must not fail for a model
 * kehoach refuses.
 */
class StressPlansTest {
  private static final Map<String, XhtmlDocument> DOCUMENTS = new HashMap<>();

  @BeforeAll
  static void layOut() throws Exception {
    Renderer renderer = new Renderer(Optional.empty());
    for (StressPlans.Plan p : StressPlans.all()) {
      XhtmlDocument previous =
          DOCUMENTS.put(p.name(), renderer.document(Kehoach.compute(p.name() + ".yaml", p.yaml())));
      assertEquals(null, previous, "two stress plans are named " + p.name());
    }
  }

  @Test
  void eachFamilyGrowsByOneLineAPlan() {
    for (String family : List.of("stress-signature-", "stress-heading-")) {
      List<Integer> bullets = new ArrayList<>();
      for (int i = 1; i <= StressPlans.FAMILY; i++) {
        bullets.add(elements(DOCUMENTS.get(family + i), "p", "bullet1").size());
      }
      for (int i = 1; i < bullets.size(); i++) {
        assertEquals(bullets.get(i - 1) + 1, bullets.get(i), family + " " + bullets);
      }
    }
  }

  @Test
  void theBudgetHasThreeHundredRowsInGroups() {
    XhtmlDocument budget = DOCUMENTS.get("stress-budget-300");
    int groups = elements(budget, "tr", "group").size();
    int items = elements(budget, "tr", "item").size();
    assertEquals(30, groups);
    assertEquals(300, groups + items);
  }

  @Test
  void theTaskTableHasRowsFromOneLineToMoreThanAPage() {
    List<Element> rows = elements(DOCUMENTS.get("stress-tasks"), "tr", "item");
    assertEquals(StressPlans.TASK_LINES.size(), rows.size());
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (Element row : rows) {
      int length =
          Expectations.text(row.getElementsByTagNameNS(XhtmlDocument.XHTML, "td").item(1)).length();
      shortest = Math.min(shortest, length);
      longest = Math.max(longest, length);
    }
    // a content cell holds some 30 characters a line
    assertTrue(shortest <= 40, "shortest row " + shortest);
    assertTrue(longest >= 60 * 28, "longest row " + longest);
  }

  @Test
  void theLandscapeTableHasNineColumns() {
    XhtmlDocument doc = DOCUMENTS.get("stress-landscape");
    assertEquals(1, elements(doc, "div", "landscape").size());
    assertEquals(9, elements(doc, "th", null).size());
  }

  private static List<Element> elements(XhtmlDocument doc, String tag, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList found = doc.dom().getElementsByTagNameNS(XhtmlDocument.XHTML, tag);
    for (int i = 0; i < found.getLength(); i++) {
      Element e = (Element) found.item(i);
      if (cls == null || List.of(e.getAttribute("class").split("\\s+")).contains(cls)) {
        out.add(e);
      }
    }
    return out;
  }
}
