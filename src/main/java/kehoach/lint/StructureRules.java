package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;

/**
 * Structure: numbering at every level without gaps or repeats, the closing ./., appendices cited
 * and present, the appendix's Kèm theo line.
 */
final class StructureRules implements RuleSet {
  static final String CLOSING_MARK = "structure.closing-mark";
  static final String APPENDIX_CITED = "structure.appendix-cited";
  static final String APPENDIX_MISSING = "structure.appendix-missing";
  static final String APPENDIX_REFERENCE = "structure.appendix-reference";

  /** The mark that ends a document's body in all the decree's models (Phụ lục III). */
  private static final String END_MARK = "./.";

  @Override
  public List<Finding> check(WordDocument document) {
    return check(document, List.of());
  }

  @Override
  public List<Finding> check(WordDocument document, List<WordDocument> appendixFiles) {
    OutlineParts parts = OutlineParts.of(document);
    List<Finding> findings = new ArrayList<>(OutlineNumbering.check(parts.outline()));
    findings.addAll(closingMark(parts));
    findings.addAll(citations(parts, PlanFiles.apart(appendixFiles), electronic(document)));
    Optional<OutlineIdentity> header = OutlineIdentity.header(document);
    for (OutlineAppendix appendix : parts.appendices()) {
      findings.addAll(appendix(appendix, header));
    }
    return findings;
  }

  /**
   * An appendix issued as a file of its own: each appendix's outline and «Kèm theo» line, read
   * against the plan's number and date, and cited in the plan's body, when the plan is known.
   */
  static List<Finding> checkAppendixFile(WordDocument file, Optional<PlanFiles> plan) {
    List<Finding> findings = new ArrayList<>();
    Optional<OutlineIdentity> header = plan.flatMap(p -> OutlineIdentity.header(p.plan()));
    List<OutlineAppendix> appendices = OutlineParts.of(file).appendices();
    for (OutlineAppendix appendix : appendices) {
      findings.addAll(appendix(appendix, header));
    }
    if (plan.isPresent()) {
      OutlineParts parts = OutlineParts.of(plan.get().plan());
      List<OutlineAppendix> named =
          named(parts.appendices(), PlanFiles.apart(plan.get().appendixFiles()));
      List<OutlineCitation> cited = cited(parts);
      for (OutlineAppendix appendix : appendices) {
        if (appendix.phuLuc()) {
          uncited(appendix, cited, named.size()).ifPresent(findings::add);
        }
      }
    }
    return findings;
  }

  /** One appendix's outline below its heading, and its «Kèm theo» line against {@code header}. */
  private static List<Finding> appendix(
      OutlineAppendix appendix, Optional<OutlineIdentity> header) {
    List<WordParagraph> outline = appendix.outline();
    List<Finding> findings =
        new ArrayList<>(OutlineNumbering.check(outline.subList(1, outline.size())));
    if (header.isPresent()) {
      findings.addAll(reference(appendix, header.get()));
    } else if (appendix.phuLuc() && appendix.reference().isEmpty()) {
      findings.add(noReference(appendix, "…"));
    }
    return findings;
  }

  /**
   * The body's last paragraph ends with "./." attached to its last word ([P], NĐ 30 §4). A ghi chú
   * after the text, a line in brackets set on the right ("(Đã ký)", which {@code import} keeps from
   * a signed original), is no paragraph of the text: the mark stands before it.
   */
  private static List<Finding> closingMark(OutlineParts parts) {
    List<WordParagraph> outline = parts.outline();
    Optional<WordParagraph> last = Optional.empty();
    for (WordParagraph p : outline) {
      if (!p.text().isBlank() && !noteAfterTheText(p)) {
        last = Optional.of(p);
      }
    }
    if (last.isEmpty() || parts.closing().isEmpty()) {
      return List.of();
    }
    String text = last.get().text().strip();
    String expected =
        "«./.» attached to the last word, as in all of NĐ 30's models: «…thực hiện./.»";
    if (!text.endsWith(END_MARK)) {
      return List.of(
          new Finding(
              CLOSING_MARK,
              Severity.WARNING,
              Place.of(last.get()),
              "the body's last paragraph ends «" + tail(text) + "», without «./.»",
              expected));
    }
    String before = text.substring(0, text.length() - END_MARK.length());
    if (before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1))) {
      return List.of(
          new Finding(
              CLOSING_MARK,
              Severity.WARNING,
              Place.of(last.get()),
              "«./.» stands apart from the last word: «" + tail(text) + "»",
              expected));
    }
    return List.of();
  }

  private static boolean noteAfterTheText(WordParagraph p) {
    return p.align().equals("right") && p.text().strip().matches("\\(.*\\)");
  }

  /**
   * Whether the document is made for electronic issue: its date line leaves the year for the văn
   * thư's signing tool, "…, ngày tháng năm 20…" (NĐ 30 Điều 15.3), which only an electronic issue
   * does (a draft keeps its year).
   */
  private static boolean electronic(WordDocument document) {
    return document.allParagraphs().stream()
        .limit(HEADER_PARAGRAPHS)
        .anyMatch(p -> ELECTRONIC_DATE.matcher(p.text().strip()).find());
  }

  /** How far into a document its header lies, generously: a header table's cells and the title. */
  private static final int HEADER_PARAGRAPHS = 20;

  /** "ngày tháng năm 20…", its blanks spaces (no-break ones too), dots or underscores. */
  private static final java.util.regex.Pattern ELECTRONIC_DATE =
      java.util.regex.Pattern.compile("(?U)ngày[\\s.…_]*tháng[\\s.…_]*năm\\s*20[.…_]+$");

  /**
   * Every appendix is cited in the body, and every appendix the body cites is there. An electronic
   * plan may issue its appendices as files of their own (NĐ 30 Phụ lục III, Mẫu 2.2), which one
   * file cannot show: a cited appendix it lacks is then a warning to check that the file goes with
   * it, not an error.
   */
  private static List<Finding> citations(
      OutlineParts parts, List<OutlineAppendix> apart, boolean electronic) {
    List<OutlineCitation> cited = cited(parts);
    List<OutlineAppendix> named = named(parts.appendices(), apart);
    List<Finding> findings = new ArrayList<>();
    for (OutlineAppendix appendix : parts.appendices()) {
      if (appendix.phuLuc()) {
        uncited(appendix, cited, named.size()).ifPresent(findings::add);
      }
    }
    for (OutlineCitation citation : cited) {
      findings.addAll(missing(citation, named, electronic));
    }
    return findings;
  }

  /** The appendices the body cites, in order. */
  static List<OutlineCitation> cited(OutlineParts parts) {
    return parts.bodyText().stream().flatMap(p -> OutlineCitation.in(p).stream()).toList();
  }

  /** The "Phụ lục" appendices of the plan's file, then those of the files issued with it. */
  static List<OutlineAppendix> named(List<OutlineAppendix> own, List<OutlineAppendix> apart) {
    return java.util.stream.Stream.concat(own.stream(), apart.stream())
        .filter(OutlineAppendix::phuLuc)
        .toList();
  }

  /** {@code appendix}, one of {@code count}, when no citation of the body refers to it. */
  private static Optional<Finding> uncited(
      OutlineAppendix appendix, List<OutlineCitation> cited, int count) {
    if (cited.stream().anyMatch(c -> c.cites(appendix.numeral(), count))) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            APPENDIX_CITED,
            Severity.ERROR,
            Place.of(appendix.heading()),
            appendix.name() + " is attached but the body never refers to it",
            "a reference in the body, e.g. «(Chi tiết tại "
                + appendix.name()
                + " kèm theo)» (NĐ 30 Phụ lục I, mục II.7)"));
  }

  private static List<Finding> missing(
      OutlineCitation citation, List<OutlineAppendix> named, boolean electronic) {
    List<String> absent = absent(citation, named);
    return absent.stream()
        .map(
            name ->
                electronic
                    ? new Finding(
                        APPENDIX_MISSING,
                        Severity.WARNING,
                        Place.of(citation.paragraph()),
                        "the body refers to «"
                            + name
                            + "», which this file does not contain; an electronic plan may issue"
                            + " it as a file of its own",
                        "«"
                            + name
                            + "» in its own file issued with this one (Phụ lục III, Mẫu 2.2):"
                            + " give lint both files to read them together")
                    : new Finding(
                        APPENDIX_MISSING,
                        Severity.ERROR,
                        Place.of(citation.paragraph()),
                        "the body refers to «" + name + "», which the document does not contain",
                        "«" + name + "» attached after the signature, or no reference to it"))
        .toList();
  }

  /** The appendices {@code citation} names that are not among {@code named}. */
  static List<String> absent(OutlineCitation citation, List<OutlineAppendix> named) {
    List<String> absent = new ArrayList<>();
    if (citation.numerals().isEmpty()) {
      if (named.isEmpty()) {
        absent.add("Phụ lục");
      }
    } else {
      for (int n : citation.numerals()) {
        boolean present =
            named.stream().anyMatch(a -> a.numeral() == n || a.numeral() == 0 && named.size() == 1);
        if (!present) {
          absent.add("Phụ lục " + kehoach.vi.RomanNumerals.of(n));
        }
      }
    }
    return absent;
  }

  /**
   * The appendix's "(Kèm theo Kế hoạch số …/KH-UBND ngày … của …)" line agrees with the header's
   * number and date; a blank in a draft agrees with a blank.
   */
  private static List<Finding> reference(OutlineAppendix appendix, OutlineIdentity header) {
    Optional<OutlineAppendix.Reference> line = appendix.reference();
    if (line.isEmpty()) {
      return appendix.phuLuc() ? List.of(noReference(appendix, header.toString())) : List.of();
    }
    OutlineIdentity stated = OutlineIdentity.parse(line.get().text());
    WordParagraph at = line.get().paragraph();
    if (stated.silent()) {
      return List.of(
          new Finding(
              APPENDIX_REFERENCE,
              Severity.WARNING,
              Place.of(at),
              "the appendix's «Kèm theo» line states no number or date of the plan",
              "«(Kèm theo Kế hoạch số " + header + " của …)» (NĐ 30 Phụ lục I, mục II.7)"));
    }
    List<Finding> findings = new ArrayList<>();
    compare(findings, at, header, stated, "number", OutlineIdentity::number);
    compare(findings, at, header, stated, "symbol", OutlineIdentity::symbol);
    compare(findings, at, header, stated, "day", OutlineIdentity::day);
    compare(findings, at, header, stated, "month", OutlineIdentity::month);
    compare(findings, at, header, stated, "year", OutlineIdentity::year);
    return findings;
  }

  private static Finding noReference(OutlineAppendix appendix, String plan) {
    return new Finding(
        APPENDIX_REFERENCE,
        Severity.ERROR,
        Place.of(appendix.heading()),
        appendix.name() + " has no «(Kèm theo Kế hoạch số …)» line under its title",
        "«(Kèm theo Kế hoạch số " + plan + " của …)» (NĐ 30 Phụ lục I, mục II.7)");
  }

  /**
   * One part of the number or date: two values that differ are an error; a value on one side and a
   * blank on the other, a warning (a draft filled in on one page only).
   */
  private static void compare(
      List<Finding> findings,
      WordParagraph at,
      OutlineIdentity header,
      OutlineIdentity stated,
      String part,
      Function<OutlineIdentity, String> value) {
    String h = value.apply(header);
    String s = value.apply(stated);
    if (same(h, s)) {
      return;
    }
    boolean blank = h.isEmpty() || s.isEmpty();
    findings.add(
        new Finding(
            APPENDIX_REFERENCE,
            blank ? Severity.WARNING : Severity.ERROR,
            Place.of(at),
            "the appendix's «Kèm theo» line gives the "
                + part
                + " as «"
                + shown(s)
                + "» where the header has «"
                + shown(h)
                + "»",
            "the plan's number and date as in the header: " + header));
  }

  private static boolean same(String header, String stated) {
    if (header.equals(stated)) {
      return true;
    }
    if (header.matches("\\d+") && stated.matches("\\d+")) {
      return Integer.parseInt(header) == Integer.parseInt(stated);
    }
    return false;
  }

  private static String shown(String value) {
    return value.isEmpty() ? "(blank)" : value;
  }

  /** The last words of a paragraph, to quote its ending. */
  private static String tail(String text) {
    return text.length() <= 40 ? text : "…" + text.substring(text.length() - 40);
  }
}
