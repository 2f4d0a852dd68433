package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.word.WordDocument;

/**
 * Runs every rule family on a document, or on a plan's files together: the plan's own file and the
 * appendices issued as files of their own beside it (NĐ 30 Phụ lục III, Mẫu 2.2), which one file
 * alone cannot show to be there.
 */
public final class Lint {
  private static final List<RuleSet> RULES =
      List.of(
          new PageRules(),
          new HeaderRules(),
          new StructureRules(),
          new ArithmeticRules(),
          new ClosingRules());

  private Lint() {}

  /** Every finding on {@code document}, read alone, family by family, each in document order. */
  public static List<Finding> check(WordDocument document) {
    return check(document, List.of());
  }

  /**
   * Every finding on the plan {@code plan}, whose appendices {@code appendixFiles} are issued as
   * files of their own: the appendices it cites may be in them, and their tables hold the totals
   * its text states.
   */
  static List<Finding> check(WordDocument plan, List<WordDocument> appendixFiles) {
    List<Finding> findings = new ArrayList<>();
    for (RuleSet rules : RULES) {
      findings.addAll(rules.check(plan, appendixFiles));
    }
    return findings;
  }

  /**
   * Every finding on an appendix issued as a file of its own: its page and type, its outline and
   * its arithmetic; read against {@code plan} when it is known, its «Kèm theo» line against the
   * plan's number and date and its citation in the plan's body. It has no header or closing parts
   * of its own to check.
   */
  static List<Finding> checkAppendixFile(WordDocument file, Optional<PlanFiles> plan) {
    List<Finding> findings = new ArrayList<>(PageRules.checkAppendixFile(file));
    findings.addAll(StructureRules.checkAppendixFile(file, plan));
    findings.addAll(new ArithmeticRules().check(file));
    return findings;
  }

  /**
   * The findings of each of {@code documents}, given together, in their order: a file that is an
   * appendix of its own ({@link PlanFiles#isAppendixFile}) is read with the plan it goes with, and
   * the plan with it ({@link PlanFiles#group}).
   */
  public static List<LintReport.FileFindings> files(List<WordDocument> documents) {
    List<PlanFiles> plans = PlanFiles.group(documents);
    List<LintReport.FileFindings> out = new ArrayList<>();
    for (WordDocument document : documents) {
      Optional<PlanFiles> plan = plans.stream().filter(p -> p.plan() == document).findFirst();
      String file = document.file().toString();
      if (plan.isPresent()) {
        out.add(new LintReport.FileFindings(file, check(document, plan.get().appendixFiles())));
        continue;
      }
      // Every file that is not an appendix's is a plan of the group: this one is an appendix's.
      Optional<PlanFiles> of =
          plans.stream()
              .filter(p -> p.appendixFiles().stream().anyMatch(a -> a == document))
              .findFirst();
      out.add(
          new LintReport.FileFindings(
              file,
              checkAppendixFile(document, of),
              of.map(p -> p.plan().file().toString()).orElse("")));
    }
    return out;
  }
}
