package kehoach.model;

import java.util.List;
import java.util.Optional;

/**
 * Căn cứ: the legal bases that open a plan, and the sentence that closes them ("Ủy ban nhân dân
 * tỉnh ban hành Kế hoạch … như sau:").
 *
 * @param items the bases in order
 * @param closing the closing sentence, when there is one
 * @param layout one paragraph per basis (the decree's default) or all in one paragraph
 * @param joiner in one paragraph, what stands between two bases ("; " or " và ")
 * @param separator in one paragraph, what stands between the last basis and the closing (", " or ".
 *     ")
 */
public record LegalBases(
    List<LegalBasis> items,
    Optional<String> closing,
    Layout layout,
    String joiner,
    String separator) {

  public LegalBases {
    items = List.copyOf(items);
  }

  /** How the bases are set out. */
  public enum Layout {
    /** One paragraph per basis, each ending with ";", then the closing sentence on its own. */
    PARAGRAPHS,
    /** All bases and the closing in a single paragraph, as many provinces write them. */
    INLINE
  }

  public static LegalBases none() {
    return new LegalBases(List.of(), Optional.empty(), Layout.PARAGRAPHS, "; ", ", ");
  }
}
