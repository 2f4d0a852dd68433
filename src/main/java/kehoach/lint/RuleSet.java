package kehoach.lint;

import java.util.List;
import kehoach.word.WordDocument;

/** A family of lint rules: page and type, header, structure, arithmetic, closing parts. */
public interface RuleSet {
  /** The findings of this family's rules on {@code document}, in document order. */
  List<Finding> check(WordDocument document);

  /**
   * The findings on the plan {@code document} whose appendices {@code appendixFiles} are issued as
   * files of their own ({@link PlanFiles}); a family that never looks at the appendices reads the
   * plan's file alone.
   */
  default List<Finding> check(WordDocument document, List<WordDocument> appendixFiles) {
    return check(document);
  }
}
