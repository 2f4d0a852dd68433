package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import kehoach.word.WordDocument;

/** Runs every rule family on a document. */
public final class Lint {
  private static final List<RuleSet> RULES =
      List.of(
          new PageRules(),
          new HeaderRules(),
          new StructureRules(),
          new ArithmeticRules(),
          new ClosingRules());

  private Lint() {}

  /** Every finding on {@code document}, family by family, each family in document order. */
  public static List<Finding> check(WordDocument document) {
    List<Finding> findings = new ArrayList<>();
    for (RuleSet rules : RULES) {
      findings.addAll(rules.check(document));
    }
    return findings;
  }
}
