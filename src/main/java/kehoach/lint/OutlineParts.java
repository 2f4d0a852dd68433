package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;

/**
 * A plan cut into the parts structure rules look at: the body (header to the closing parts), the
 * closing parts (Nơi nhận and signature), and the appendices after them, each with its own outline.
 *
 * @param body the blocks before the closing parts (the header table included)
 * @param closing Nơi nhận and the signature, when found
 * @param appendices the appendices in order
 */
record OutlineParts(
    List<Block> body, Optional<ClosingBlock> closing, List<OutlineAppendix> appendices) {

  OutlineParts {
    body = List.copyOf(body);
    appendices = List.copyOf(appendices);
  }

  /** Cuts {@code document}; without closing parts the body runs to the first appendix. */
  static OutlineParts of(WordDocument document) {
    List<Block> blocks = document.body();
    Optional<ClosingBlock> closing = ClosingBlock.find(document);
    int from = closing.map(c -> c.end() + 1).orElse(0);
    List<Integer> starts = appendixStarts(blocks, from);
    int bodyEnd =
        closing.map(ClosingBlock::start).orElse(starts.isEmpty() ? blocks.size() : starts.get(0));
    List<OutlineAppendix> appendices = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : blocks.size();
      appendices.add(appendix(blocks.subList(starts.get(k), end)));
    }
    return new OutlineParts(blocks.subList(0, bodyEnd), closing, appendices);
  }

  /** The body's paragraphs outside tables, in order: the plan's outline. */
  List<WordParagraph> outline() {
    return body.stream()
        .filter(WordParagraph.class::isInstance)
        .map(WordParagraph.class::cast)
        .toList();
  }

  /** Every paragraph of the body, those in its tables included: where appendices are cited. */
  List<WordParagraph> bodyText() {
    return body.stream().flatMap(Block::paragraphs).toList();
  }

  /**
   * Where appendices start from block {@code from}: at each "Phụ lục" heading, and at the name of
   * an appendix otherwise headed whose "(Kèm theo …)" line shows it to be one.
   */
  private static List<Integer> appendixStarts(List<Block> blocks, int from) {
    List<Integer> starts = new ArrayList<>();
    boolean referenced = true;
    for (int i = from; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof WordParagraph p)) {
        continue;
      }
      if (OutlineAppendix.isHeading(p)) {
        starts.add(i);
        referenced = OutlineAppendix.containsReference(p);
      } else if (OutlineAppendix.isReference(p)) {
        if (referenced) {
          int floor = starts.isEmpty() ? from : starts.get(starts.size() - 1) + 1;
          starts.add(headingAbove(blocks, i, floor));
        }
        referenced = true;
      }
    }
    return starts;
  }

  /**
   * The first of the non-blank paragraphs just above {@code reference}, within the heading lines.
   */
  private static int headingAbove(List<Block> blocks, int reference, int floor) {
    int start = reference;
    for (int i = reference - 1;
        i >= floor && reference - i <= OutlineAppendix.headingLines();
        i--) {
      if (!(blocks.get(i) instanceof WordParagraph p) || p.text().isBlank()) {
        break;
      }
      start = i;
    }
    return start;
  }

  private static OutlineAppendix appendix(List<Block> blocks) {
    WordParagraph heading = (WordParagraph) blocks.get(0);
    boolean phuLuc = OutlineAppendix.isHeading(heading);
    int numeral = phuLuc ? OutlineAppendix.numeralOf(heading.text()) : 0;
    return new OutlineAppendix(heading, phuLuc, numeral, blocks);
  }
}
