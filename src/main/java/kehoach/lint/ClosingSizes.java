package kehoach.lint;

import java.util.List;
import java.util.Optional;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordRun;

/**
 * The sizes and weights of the closing parts (Phụ lục I, mục II.7 and II.9): Nơi nhận's label 12 pt
 * bold italic and its entries 11 pt; the signature's authority and title lines and the signer's
 * name 13–14 pt bold. Rule {@code type.closing-size}; the wording is {@code ClosingRules}'.
 */
final class ClosingSizes {
  private static final String RULE = "type.closing-size";

  private ClosingSizes() {}

  static void check(WordDocument document, List<Finding> out) {
    List<WordParagraph> all = document.allParagraphs();
    Optional<WordParagraph> label =
        all.stream()
            .filter(p -> p.table() != null)
            .filter(p -> HeaderBlock.nfc(p.text()).startsWith("Nơi nhận"))
            .reduce((first, second) -> second);
    if (label.isEmpty()) {
      return;
    }
    WordParagraph l = label.get();
    List<WordRun> runs = labelRuns(l);
    runs.stream()
        .filter(r -> r.sizePt() != 12)
        .findFirst()
        .ifPresent(
            r ->
                out.add(
                    new Finding(
                        RULE,
                        Severity.ERROR,
                        Place.of(l),
                        "the label \"Nơi nhận:\" has \""
                            + r.text().strip()
                            + "\" in "
                            + PageRules.pt(r.sizePt())
                            + " pt",
                        "12 pt bold italic (ô 9b)")));
    runs.stream()
        .filter(r -> !r.bold() || !r.italic())
        .findFirst()
        .ifPresent(
            r ->
                out.add(
                    new Finding(
                        RULE,
                        Severity.ERROR,
                        Place.of(l),
                        "the label \"Nơi nhận:\" has \""
                            + r.text().strip()
                            + "\" not in bold italic",
                        "12 pt bold italic (ô 9b)")));
    List<WordParagraph> cell = sameCell(all, l);
    cell.stream()
        .filter(p -> p != l && p.text().startsWith("-"))
        .forEach(p -> HeaderSizes.size(RULE, p, "the Nơi nhận entry", 11, 11, out));
    signature(all, l, out);
  }

  /** The signature: the other column of Nơi nhận's row, its non-empty lines, the name last. */
  private static void signature(List<WordParagraph> all, WordParagraph label, List<Finding> out) {
    var at = label.table();
    List<WordParagraph> lines =
        all.stream()
            .filter(p -> p.table() != null && p.table().table() == at.table())
            .filter(p -> p.table().row() == at.row() && p.table().column() != at.column())
            .filter(p -> !p.text().isEmpty())
            .toList();
    for (int i = 0; i < lines.size(); i++) {
      WordParagraph p = lines.get(i);
      String what = i == lines.size() - 1 ? "the signer's name" : "the signature line";
      HeaderSizes.size(RULE, p, what, 13, 14, out);
      if (!p.bold()) {
        out.add(
            new Finding(
                RULE,
                Severity.ERROR,
                Place.of(p),
                what + " \"" + p.text() + "\" is not bold",
                "13–14 pt bold (ô 7a, 7b)"));
      }
    }
  }

  /**
   * The visible runs that print "Nơi nhận:" itself: some drafters write the entries after it in the
   * same paragraph, separated by line breaks.
   */
  private static List<WordRun> labelRuns(WordParagraph label) {
    List<WordRun> out = new java.util.ArrayList<>();
    StringBuilder seen = new StringBuilder();
    for (WordRun r : label.runs()) {
      if (seen.toString().replace(" ", "").length() >= "Nơinhận:".length()) {
        break;
      }
      seen.append(r.text());
      if (r.visible()) {
        out.add(r);
      }
    }
    return out;
  }

  private static List<WordParagraph> sameCell(List<WordParagraph> all, WordParagraph p) {
    return all.stream().filter(q -> q.table() != null && q.table().equals(p.table())).toList();
  }
}
