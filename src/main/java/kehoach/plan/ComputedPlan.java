package kehoach.plan;

import java.util.List;
import java.util.Map;
import kehoach.budget.ComputedBudget;
import kehoach.model.Plan;

/**
 * A plan with everything computed: the only thing templates see.
 *
 * @param model the model it was computed from
 * @param header the header block
 * @param bases the căn cứ paragraphs, the closing sentence included
 * @param body the numbered sections
 * @param closing the closing paragraphs, the last ending with "./."
 * @param recipients the Nơi nhận lines, with the bold and italic the model marks, archive line
 *     last: "- Lưu: VT, KT."
 * @param signature the authority and title lines, upper case: "TM. ỦY BAN NHÂN DÂN", …
 * @param signer the signer's name
 * @param appendices the appendices
 * @param budgets every budget table, by id, in the order they appear
 */
public record ComputedPlan(
    Plan model,
    Header header,
    List<Text> bases,
    List<Part> body,
    List<Text> closing,
    List<Text> recipients,
    List<String> signature,
    String signer,
    List<ComputedAppendix> appendices,
    Map<String, ComputedBudget> budgets) {

  public ComputedPlan {
    bases = List.copyOf(bases);
    body = List.copyOf(body);
    closing = List.copyOf(closing);
    recipients = List.copyOf(recipients);
    signature = List.copyOf(signature);
    appendices = List.copyOf(appendices);
    budgets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(budgets));
  }

  /**
   * This plan without its appendices, for its own file when each appendix is issued in a file of
   * its own (NĐ 30 Phụ lục III, Mẫu 2.2): the body still cites them.
   */
  public ComputedPlan withoutAppendices() {
    return new ComputedPlan(
        model, header, bases, body, closing, recipients, signature, signer, List.of(), budgets);
  }
}
