package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.vi.VietnameseText;
import kehoach.word.WordParagraph;
import kehoach.word.WordRun;

/**
 * The signature block's quyền hạn and chức vụ lines (ô 7a) for the issuer, in upper case, and the
 * signer's name (ô 7b) under the space left for signing (NĐ 30 Điều 13; Phụ lục I, mục II.8).
 */
final class ClosingSignature {
  static final String RULE = "closing.signature";

  private static final String COLLECTIVE = "TM. ỦY BAN NHÂN DÂN";

  /** Space before the name, in points, that stands in for blank lines left for signing. */
  private static final double SIGNING_SPACE_PT = 24;

  private ClosingSignature() {}

  /** Who issues the plan, as far as the signature's form depends on it. */
  enum Issuer {
    /** An Ủy ban nhân dân, a collective: signed "TM. ỦY BAN NHÂN DÂN". */
    UBND,
    /** An Ủy ban nhân dân's plan issued by its Chủ tịch in person: no "TM." line. */
    CHAIR,
    /** A Sở, headed by its Giám đốc: no "TM." line. */
    SO,
    /** Not known from the header. */
    UNKNOWN
  }

  /** The findings on the signature's paragraphs, in reading order, blank ones included. */
  static List<Finding> check(List<WordParagraph> lines, Issuer issuer, Place where) {
    List<WordParagraph> authority = new ArrayList<>();
    int i = 0;
    for (; i < lines.size(); i++) {
      WordParagraph p = lines.get(i);
      if (ClosingBlock.isAuthority(p)) {
        authority.add(p);
      } else if (!p.text().isBlank() || !authority.isEmpty()) {
        break;
      }
    }
    if (authority.isEmpty()) {
      return List.of(
          new Finding(
              RULE,
              Severity.ERROR,
              lines.stream()
                  .filter(p -> !p.text().isBlank())
                  .findFirst()
                  .map(Place::of)
                  .orElse(where),
              "the signature block has no quyền hạn or chức vụ line",
              expectedFor(issuer, false)
                  .map(l -> String.join(" / ", l))
                  .orElse("e.g. «CHỦ TỊCH»")));
    }
    List<Finding> findings = new ArrayList<>(authorityLines(authority, issuer));
    findings.addAll(name(lines.subList(i, lines.size()), authority.get(authority.size() - 1)));
    return findings;
  }

  private static List<Finding> authorityLines(List<WordParagraph> authority, Issuer issuer) {
    List<Finding> findings = new ArrayList<>();
    for (WordParagraph p : authority) {
      if (!upperCase(p)) {
        findings.add(
            new Finding(
                RULE,
                Severity.ERROR,
                Place.of(p),
                "the line «" + ClosingBlock.collapse(p.text()) + "» is not in upper case",
                "quyền hạn and chức vụ in upper case (NĐ 30 Phụ lục I, ô 7a)"));
      }
    }
    List<String> found =
        authority.stream().map(p -> VietnameseText.upper(ClosingBlock.collapse(p.text()))).toList();
    boolean deputy = found.stream().anyMatch(l -> l.startsWith("PHÓ "));
    Optional<List<String>> expected =
        found.stream().anyMatch(l -> l.matches("^(Q|TL|TUQ)\\s*\\..*"))
            ? Optional.empty()
            : expectedFor(issuer, deputy);
    if (expected.isEmpty()) {
      findings.addAll(form(authority, found));
    } else if (!expected.get().equals(found)) {
      findings.add(
          new Finding(
              RULE,
              Severity.ERROR,
              Place.of(authority.get(0)),
              "the signature reads «" + String.join(" / ", found) + "»" + issuedBy(issuer),
              "«" + String.join(" / ", expected.get()) + "» (NĐ 30 Điều 13; Phụ lục I, ô 7a)"));
    }
    return findings;
  }

  /**
   * Each line in the decree's form when the issuer is not known: "KT." and the title with one space
   * between, nothing after the title ("KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH," are not).
   */
  private static List<Finding> form(List<WordParagraph> authority, List<String> found) {
    List<Finding> findings = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      String canonical =
          found
              .get(k)
              .replaceFirst("^(TM|KT|Q|TL|TUQ)\\s*\\.\\s*", "$1. ")
              .replaceFirst("[,.;]$", "");
      if (!canonical.equals(found.get(k))) {
        findings.add(
            new Finding(
                RULE,
                Severity.ERROR,
                Place.of(authority.get(k)),
                "the line «" + found.get(k) + "» is not in the decree's form",
                "«" + canonical + "» (NĐ 30 Phụ lục I, ô 7a)"));
      }
    }
    return findings;
  }

  /** The lines NĐ 30 wants for {@code issuer}, the head signing or a deputy. */
  static Optional<List<String>> expectedFor(Issuer issuer, boolean deputy) {
    return switch (issuer) {
      case UBND ->
          Optional.of(
              deputy
                  ? List.of(COLLECTIVE, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
                  : List.of(COLLECTIVE, "CHỦ TỊCH"));
      case CHAIR ->
          Optional.of(deputy ? List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") : List.of("CHỦ TỊCH"));
      case SO ->
          Optional.of(deputy ? List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC") : List.of("GIÁM ĐỐC"));
      case UNKNOWN -> Optional.empty();
    };
  }

  private static String issuedBy(Issuer issuer) {
    return switch (issuer) {
      case UBND -> ", for a plan the Ủy ban nhân dân issues as a collective";
      case CHAIR -> ", for a plan its appendix says the Chủ tịch issues";
      case SO -> ", for a plan a Sở issues";
      case UNKNOWN -> "";
    };
  }

  /** The name: the last line after the space for signing, not in capitals. */
  private static List<Finding> name(List<WordParagraph> rest, WordParagraph title) {
    int blanks = 0;
    Optional<WordParagraph> name = Optional.empty();
    for (WordParagraph p : rest) {
      String t = p.text().strip();
      if (t.isEmpty()) {
        blanks += name.isEmpty() ? 1 : 0;
      } else if (!t.startsWith("(") && name.isEmpty()) {
        name = Optional.of(p);
      }
    }
    if (name.isEmpty()) {
      return List.of(
          new Finding(
              RULE,
              Severity.WARNING,
              Place.of(title),
              "no signer's name under the signature",
              "the signer's full name under the space for signing (NĐ 30 Phụ lục I, ô 7b)"));
    }
    List<Finding> findings = new ArrayList<>();
    WordParagraph p = name.get();
    String t = ClosingBlock.collapse(p.text());
    if (t.equals(VietnameseText.upper(t)) && t.chars().anyMatch(Character::isLetter)) {
      findings.add(
          new Finding(
              RULE,
              Severity.WARNING,
              Place.of(p),
              "the signer's name «" + t + "» is in capitals",
              "the name as written, e.g. «Nguyễn Văn A» (NĐ 30 Phụ lục I, ô 7b)"));
    }
    if (blanks == 0 && p.spaceBeforePt() < SIGNING_SPACE_PT) {
      findings.add(
          new Finding(
              RULE,
              Severity.WARNING,
              Place.of(p),
              "the name «" + t + "» follows the chức vụ with no space left for signing",
              "blank lines (about 3 cm) for the signature and seal"));
    }
    return findings;
  }

  /** Upper case as typed, or printed in capitals by the runs' caps. */
  private static boolean upperCase(WordParagraph p) {
    String t = p.text();
    return t.equals(VietnameseText.upper(t))
        || p.runs().stream().filter(WordRun::visible).allMatch(WordRun::caps)
            && p.runs().stream().anyMatch(WordRun::visible);
  }
}
