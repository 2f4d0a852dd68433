package kehoach.model;

import java.util.Optional;

/**
 * One căn cứ: a structured reference to another document, or free text.
 *
 * @param verb the word that introduces it: "Căn cứ", "Thực hiện", "Tiếp tục thực hiện"
 * @param reference the document referred to, when structured
 * @param text free text, when not structured
 */
public record LegalBasis(
    String verb, Optional<DocumentReference> reference, Optional<String> text) {
  public LegalBasis {
    if (reference.isPresent() == text.isPresent()) {
      throw new IllegalArgumentException("a legal basis is either a reference or text");
    }
  }
}
