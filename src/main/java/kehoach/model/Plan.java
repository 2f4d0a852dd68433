package kehoach.model;

import java.util.List;
import kehoach.vi.WordStyle;

/**
 * A kế hoạch (plan) as its author describes it.
 *
 * @param issuer cơ quan ban hành: who issues the plan
 * @param document số, ký hiệu, địa danh, ngày tháng: the document's identity
 * @param title trích yếu: the subject line under "KẾ HOẠCH"
 * @param bases căn cứ: the legal bases and the sentence that closes them
 * @param sections the mục (I, II, …) of the body
 * @param closing the closing paragraphs; the last ends with "./."
 * @param recipients nơi nhận, without the archive line
 * @param archive lưu: where copies are kept ("VT" and the drafting unit)
 * @param signature the signature block
 * @param appendices phụ lục: task tables, budget tables and other annexes
 * @param words how amounts are written in words throughout the plan
 */
public record Plan(
    Issuer issuer,
    DocumentInfo document,
    String title,
    LegalBases bases,
    List<Block.Heading> sections,
    List<String> closing,
    List<Recipient> recipients,
    List<String> archive,
    Signature signature,
    List<Appendix> appendices,
    WordStyle words) {

  public Plan {
    sections = List.copyOf(sections);
    closing = List.copyOf(closing);
    recipients = List.copyOf(recipients);
    archive = List.copyOf(archive);
    appendices = List.copyOf(appendices);
  }

  /** Every budget table of the plan: those in the sections, then those in the appendices. */
  public List<Block.BudgetTable> budgetTables() {
    List<Block.BudgetTable> tables = new java.util.ArrayList<>();
    sections.forEach(s -> collect(s.content(), tables));
    appendices.forEach(a -> collect(a.content(), tables));
    return List.copyOf(tables);
  }

  private static void collect(List<Block> blocks, List<Block.BudgetTable> out) {
    for (Block b : blocks) {
      if (b instanceof Block.BudgetTable t) {
        out.add(t);
      } else if (b instanceof Block.Heading h) {
        collect(h.content(), out);
      }
    }
  }
}
