package kehoach.lint;

import java.util.List;
import kehoach.word.WordDocument;

/** A family of lint rules: page and type, header, structure, arithmetic, closing parts. */
public interface RuleSet {
  /** The findings of this family's rules on {@code document}, in document order. */
  List<Finding> check(WordDocument document);
}
