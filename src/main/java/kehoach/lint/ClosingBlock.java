package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kehoach.vi.VietnameseText;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * Where a plan's closing parts are: Nơi nhận (the recipients, ô 9b) and the signature block (ô 7),
 * found as drafters lay them out: a borderless two-column table with Nơi nhận on the left and the
 * signature on the right (in one row or in several), or plain paragraphs.
 *
 * @param start index in {@link WordDocument#body()} of the block the closing parts begin with: the
 *     plan's body ends before it, its appendices begin after {@code end}
 * @param end index of the closing parts' last block
 * @param recipients the Nơi nhận paragraphs, the label first; empty when the plan has none
 * @param signature the signature's paragraphs in reading order, blank ones included (they are the
 *     space left for signing)
 * @param table the layout table holding them, when they are in one
 */
record ClosingBlock(
    int start,
    int end,
    List<WordParagraph> recipients,
    List<WordParagraph> signature,
    Optional<WordTable> table) {

  /** "Nơi nhận" however cased, with or without its colon. */
  private static final Pattern RECIPIENTS_LABEL =
      Pattern.compile("^(?iu)\\s*nơi\\s+nhận(?![\\p{L}])");

  /**
   * A quyền hạn or chức vụ line, read in upper case: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ
   * GIÁM ĐỐC". A collective's name counts only after "TM.", so that no sentence of the body does.
   */
  private static final Pattern AUTHORITY =
      Pattern.compile(
          "^(?:(?:KT|Q|TL|TUQ)\\s*\\.\\s*)?(?:PHÓ\\s+)?(?:CHỦ\\s+TỊCH|GIÁM\\s+ĐỐC)[,.]?$"
              + "|^TM\\s*\\.\\s*(?:ỦY\\s+BAN\\s+NHÂN\\s+DÂN|UBND)(?:\\s.*)?$");

  /** Blocks after Nơi nhận that can still be the signature when it is not in a table. */
  private static final int SIGNATURE_REACH = 3;

  ClosingBlock {
    recipients = List.copyOf(recipients);
    signature = List.copyOf(signature);
  }

  /** The closing parts of {@code document}, or empty when it has neither Nơi nhận nor signature. */
  static Optional<ClosingBlock> find(WordDocument document) {
    List<Block> body = document.body();
    for (int i = firstAfterHeader(body); i < body.size(); i++) {
      Block block = body.get(i);
      if (block instanceof WordTable table && holdsClosing(table)) {
        return Optional.of(fromTable(i, table));
      }
      if (block instanceof WordParagraph p && (isRecipientsLabel(p) || isAuthority(p))) {
        return Optional.of(fromParagraphs(body, i));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code p} is the "Nơi nhận" label, alone or with the first entries after it. */
  static boolean isRecipientsLabel(WordParagraph p) {
    return RECIPIENTS_LABEL.matcher(p.text()).find();
  }

  /** Whether {@code p} reads as a quyền hạn or chức vụ line of a signature. */
  static boolean isAuthority(WordParagraph p) {
    return AUTHORITY.matcher(VietnameseText.upper(collapse(p.text()))).matches();
  }

  /** Spaces collapsed and ends stripped: drafters centre lines with spaces. */
  static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The header block is the document's first table: its lines are no signature. */
  private static int firstAfterHeader(List<Block> body) {
    for (int i = 0; i < Math.min(body.size(), 4); i++) {
      if (body.get(i) instanceof WordTable) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean holdsClosing(WordTable table) {
    return table.paragraphs().anyMatch(p -> isRecipientsLabel(p) || isAuthority(p));
  }

  /** Nơi nhận is the column its label is in; the signature is every other column, row by row. */
  private static ClosingBlock fromTable(int index, WordTable table) {
    int column =
        table.rows().stream()
            .flatMap(r -> r.cells().stream())
            .filter(c -> c.paragraphs().stream().anyMatch(ClosingBlock::isRecipientsLabel))
            .mapToInt(WordTable.Cell::column)
            .findFirst()
            .orElse(-1);
    List<WordParagraph> recipients = new ArrayList<>();
    List<WordParagraph> signature = new ArrayList<>();
    for (WordTable.Row row : table.rows()) {
      for (WordTable.Cell cell : row.cells()) {
        (cell.column() == column ? recipients : signature).addAll(cell.paragraphs());
      }
    }
    return new ClosingBlock(index, index, recipients, signature, Optional.of(table));
  }

  /**
   * Nơi nhận as paragraphs: the label and the "-" lines after it; the signature is the authority
   * lines around them, or a table just after them.
   */
  private static ClosingBlock fromParagraphs(List<Block> body, int index) {
    List<WordParagraph> recipients = new ArrayList<>();
    List<WordParagraph> signature = new ArrayList<>();
    int end = index;
    boolean inRecipients = false;
    int reach = 0;
    for (int i = index; i < body.size() && reach <= SIGNATURE_REACH; i++) {
      Block block = body.get(i);
      if (block instanceof WordTable table) {
        if (!holdsClosing(table)) {
          break;
        }
        signature.addAll(table.paragraphs().toList());
        end = i;
        break;
      }
      WordParagraph p = (WordParagraph) block;
      if (p.pageBreakBefore() || OutlineAppendix.isHeading(p)) {
        break;
      }
      if (isRecipientsLabel(p)) {
        inRecipients = true;
        recipients.add(p);
      } else if (inRecipients && (p.text().startsWith("-") || p.text().isBlank())) {
        recipients.add(p);
      } else if (isAuthority(p) || !signature.isEmpty() && signature.size() < 12) {
        inRecipients = false;
        signature.add(p);
      } else {
        reach++;
        continue;
      }
      end = i;
    }
    while (!recipients.isEmpty() && recipients.get(recipients.size() - 1).text().isBlank()) {
      recipients.remove(recipients.size() - 1);
    }
    return new ClosingBlock(index, end, recipients, signature, Optional.empty());
  }
}
