package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kehoach.lint.ClosingSignature.Issuer;
import kehoach.vi.VietnameseText;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/** Closing parts: Nơi nhận and the signature block. */
final class ClosingRules implements RuleSet {
  static final String SPLIT = "closing.signature-split";

  /** An appendix line naming the Chủ tịch as the one who issues the plan. */
  private static final Pattern CHAIR_ISSUES =
      Pattern.compile("(?iu)của\\s+chủ\\s+tịch\\s+(?:ủy\\s+ban\\s+nhân\\s+dân|ubnd)");

  @Override
  public List<Finding> check(WordDocument document) {
    return check(document, List.of());
  }

  @Override
  public List<Finding> check(WordDocument document, List<WordDocument> appendixFiles) {
    Optional<ClosingBlock> found = ClosingBlock.find(document);
    if (found.isEmpty()) {
      return List.of(
          new Finding(
              ClosingRecipients.RULE,
              Severity.ERROR,
              Place.document(),
              "the plan has neither Nơi nhận nor a signature block",
              "Nơi nhận on the left and the signature on the right under the body (NĐ 30 ô 7, 9b)"));
    }
    ClosingBlock closing = found.get();
    Place where = closingPlace(closing);
    List<Finding> findings = new ArrayList<>();
    if (closing.recipients().isEmpty()) {
      findings.add(
          new Finding(
              ClosingRecipients.RULE,
              Severity.ERROR,
              where,
              "the plan has no «Nơi nhận:» list",
              "«Nơi nhận:» and one «- …;» line per recipient, the last «- Lưu: VT, ….» (NĐ 30 ô 9b)"));
    } else {
      findings.addAll(ClosingRecipients.check(closing.recipients()));
    }
    findings.addAll(
        ClosingSignature.check(closing.signature(), issuer(document, appendixFiles), where));
    findings.addAll(split(closing, where));
    return findings;
  }

  /**
   * Who issues the plan: a Sở or an Ủy ban nhân dân by the header's agency lines; an Ủy ban's plan
   * whose appendix line says "của Chủ tịch Ủy ban nhân dân" is the Chủ tịch's own. The appendices
   * may be in files of their own ({@code appendixFiles}); when the body cites one that none of the
   * files given holds, the line that would tell is not there to read, and an Ủy ban's plan may be
   * either's.
   */
  static Issuer issuer(WordDocument document, List<WordDocument> appendixFiles) {
    List<String> agency = agencyLines(document.body());
    if (agency.stream().anyMatch(l -> l.startsWith("SỞ "))) {
      return Issuer.SO;
    }
    if (agency.stream().noneMatch(l -> l.contains("ỦY BAN NHÂN DÂN") || l.contains("UBND"))) {
      return Issuer.UNKNOWN;
    }
    OutlineParts parts = OutlineParts.of(document);
    List<OutlineAppendix> apart = PlanFiles.apart(appendixFiles);
    boolean chair =
        java.util.stream.Stream.concat(parts.appendices().stream(), apart.stream())
            .flatMap(a -> a.reference().stream())
            .anyMatch(r -> CHAIR_ISSUES.matcher(r.text()).find());
    if (chair) {
      return Issuer.CHAIR;
    }
    boolean unread =
        StructureRules.cited(parts).stream()
            .anyMatch(
                c ->
                    !StructureRules.absent(c, StructureRules.named(parts.appendices(), apart))
                        .isEmpty());
    return unread ? Issuer.UNKNOWN : Issuer.UBND;
  }

  /** The header table's first cell (ô 2): the agency's lines, in upper case. */
  private static List<String> agencyLines(List<Block> body) {
    for (int i = 0; i < Math.min(body.size(), 4); i++) {
      if (body.get(i) instanceof WordTable table && !table.rows().isEmpty()) {
        return table.rows().get(0).cells().get(0).paragraphs().stream()
            .map(p -> VietnameseText.upper(ClosingBlock.collapse(p.text())))
            .filter(t -> !t.isEmpty())
            .toList();
      }
    }
    return List.of();
  }

  /**
   * The block must not break over two pages: the layout table's rows marked "can't split", or the
   * lines kept with the next ([P], NĐ 30 §5). A warning: whether it breaks depends on the page.
   */
  private static List<Finding> split(ClosingBlock closing, Place where) {
    List<WordParagraph> kept = new ArrayList<>(closing.signature());
    if (closing.table().isEmpty()) {
      kept.addAll(0, closing.recipients());
    }
    if (closing.table().map(ClosingRules::rowsHeld).orElse(false) || keptTogether(kept)) {
      return List.of();
    }
    return List.of(
        new Finding(
            SPLIT,
            Severity.WARNING,
            where,
            closing.table().isPresent()
                ? "the signature table's rows may break across pages"
                : "the signature block's lines may break across pages",
            closing.table().isPresent()
                ? "its rows marked «can't split» (Word: Table Properties, Row, «Allow row to break"
                    + " across pages» off)"
                : "its lines kept with the next (Word: «Keep with next»)"));
  }

  /** Whether every line but the last is kept with the next, which holds them on one page. */
  /** Whether every row of the closing table is marked "can't split" (w:cantSplit). */
  private static boolean rowsHeld(WordTable table) {
    return !table.rows().isEmpty() && table.rows().stream().allMatch(WordTable.Row::cantSplit);
  }

  private static boolean keptTogether(List<WordParagraph> lines) {
    List<WordParagraph> visible = lines.stream().filter(p -> !p.text().isBlank()).toList();
    return visible.size() > 1
        && visible.subList(0, visible.size() - 1).stream().allMatch(WordParagraph::keepWithNext);
  }

  private static Place closingPlace(ClosingBlock closing) {
    List<WordParagraph> all = new ArrayList<>(closing.recipients());
    all.addAll(closing.signature());
    return all.stream()
        .filter(p -> !p.text().isBlank())
        .findFirst()
        .map(Place::of)
        .orElse(Place.document());
  }
}
