package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.lint.OutlineLabel.Level;
import kehoach.word.WordParagraph;

/**
 * Walks one outline (the body, or one appendix: each restarts) and finds gaps and repeats in its
 * numbering at every level: a khoản restarts under each mục, a điểm under each khoản.
 */
final class OutlineNumbering {
  static final String RULE = "structure.numbering";

  private final int[] last = new int[Level.values().length];
  private final List<String> lastLabel = new ArrayList<>(List.of("", "", "", "", ""));
  private final List<Finding> findings = new ArrayList<>();

  private OutlineNumbering() {}

  /** The numbering findings of an outline's paragraphs, in order. */
  static List<Finding> check(List<WordParagraph> outline) {
    OutlineNumbering walk = new OutlineNumbering();
    for (WordParagraph p : outline) {
      if (p.table() == null) {
        OutlineLabel.of(p).ifPresent(label -> walk.step(p, label));
      }
    }
    return List.copyOf(walk.findings);
  }

  private void step(WordParagraph p, OutlineLabel label) {
    int k = label.level().ordinal();
    if (label.level() == Level.DECIMAL) {
      checkParent(p, label);
    }
    int expected = last[k] + 1;
    if (label.count() > expected) {
      gap(p, label, expected);
    } else if (label.count() < expected) {
      repeat(p, label, expected);
    }
    if (!label.spaced()) {
      unspaced(p, label);
    }
    last[k] = label.count();
    lastLabel.set(k, label.printed());
    for (int deeper = k + 1; deeper < last.length; deeper++) {
      last[deeper] = 0;
      lastLabel.set(deeper, "");
    }
  }

  /** "2.1." belongs under khoản 2: under khoản 3 it is misnumbered. */
  private void checkParent(WordParagraph p, OutlineLabel label) {
    int khoan = last[Level.ARABIC.ordinal()];
    if (khoan > 0 && label.parent() != khoan) {
      findings.add(
          new Finding(
              RULE,
              Severity.ERROR,
              Place.of(p),
              "«" + label.printed() + "» stands under khoản «" + khoan + ".»",
              "«" + khoan + "." + label.count() + ".», numbered after its khoản"));
    }
  }

  private void gap(WordParagraph p, OutlineLabel label, int expected) {
    String missing =
        label.count() == expected + 1
            ? "«" + label.expected(expected) + "» is missing"
            : "«"
                + label.expected(expected)
                + "» to «"
                + label.expected(label.count() - 1)
                + "» are missing";
    findings.add(
        new Finding(
            RULE,
            Severity.ERROR,
            Place.of(p),
            label.term() + " «" + label.printed() + "» " + after(label) + ": " + missing,
            "«" + label.expected(expected) + "» (numbering without gaps, NĐ 30 Phụ lục I)"));
  }

  private void repeat(WordParagraph p, OutlineLabel label, int expected) {
    String what = label.count() == expected - 1 ? "repeats the number before it" : after(label);
    findings.add(
        new Finding(
            RULE,
            Severity.ERROR,
            Place.of(p),
            label.term() + " «" + label.printed() + "» " + what,
            "«" + label.expected(expected) + "» (numbering without repeats, NĐ 30 Phụ lục I)"));
  }

  private void unspaced(WordParagraph p, OutlineLabel label) {
    findings.add(
        new Finding(
            RULE,
            Severity.WARNING,
            Place.of(p),
            label.term() + " label «" + label.printed() + "» runs into its text",
            "a space after «" + label.printed() + "»"));
  }

  /** "follows «II.»", or "is the first at its level" when nothing at its level came before. */
  private String after(OutlineLabel label) {
    String before = lastLabel.get(label.level().ordinal());
    return Optional.of(before)
        .filter(b -> !b.isEmpty())
        .map(b -> "follows «" + b + "»")
        .orElse("is the first " + label.term() + " of its part");
  }
}
