package kehoach.model;

import java.util.List;

/**
 * The signature block.
 *
 * @param authority quyền hạn: the lines that say on whose behalf the signer signs, each beginning
 *     with TM., KT., Q., TL. or TUQ. ("TM. Ủy ban nhân dân", "KT. Chủ tịch"); empty when the head
 *     signs in their own name
 * @param title chức vụ: the signer's title ("Phó Chủ tịch")
 * @param name the signer's full name, without academic titles
 */
public record Signature(List<String> authority, String title, String name) {
  /** The abbreviations NĐ 30 allows before an authority line. */
  public static final List<String> AUTHORITY_PREFIXES = List.of("TM.", "KT.", "Q.", "TL.", "TUQ.");

  public Signature {
    authority = List.copyOf(authority);
  }
}
