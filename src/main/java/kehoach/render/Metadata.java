package kehoach.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.model.Plan;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Header;
import kehoach.plan.Text;
import kehoach.vi.VietnameseDate;
import kehoach.vi.VietnameseText;

/**
 * The document's metadata as an office system registers an outgoing document (NĐ 30/2020, Phụ lục
 * VI, Phần II: thông tin đầu vào của dữ liệu quản lý văn bản đi), as far as a plan knows it. The
 * values are those printed on the page, so the JSON file and the PDF's XMP never disagree with the
 * document they describe.
 *
 * @param codeNumber số: "05", or "" while the văn thư has not given one (a draft)
 * @param notation ký hiệu: "KH-UBND"
 * @param issuedDate ngày, tháng, năm văn bản in ISO form: "2024-05-07", a partial "2024-04" while
 *     the day is left blank, or "" when no date is known or the plan is issued electronically (its
 *     date is the signing tool's)
 * @param place địa danh: "Ninh Thuận"
 * @param organName tên cơ quan ban hành: "Ủy ban nhân dân tỉnh Ninh Thuận"
 * @param parentOrganName tên cơ quan chủ quản, or "" when there is none
 * @param documentType tên loại văn bản: "Kế hoạch"
 * @param subject trích yếu nội dung: the title under "KẾ HOẠCH", on one line
 * @param signerAuthority quyền hạn: the authority lines as printed ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
 *     TỊCH"); empty when the head signs in their own name
 * @param signerPosition chức vụ người ký, as printed: "PHÓ CHỦ TỊCH"
 * @param signerName họ tên người ký: "Nguyễn Long Biên"
 * @param recipients nơi nhận, each as printed without its "- " and ";"
 * @param archive the archive line as printed without its "- " and full stop: "Lưu: VT, VXNV. ĐND",
 *     or "" when the model has none
 * @param pageCount số trang: the pages of the laid-out document, as many as the PDF has
 * @param appendices the appendices, each with its name and title
 * @param language ngôn ngữ: "vi"
 * @param keywords từ khóa; empty, as plan models have none yet
 */
public record Metadata(
    String codeNumber,
    String notation,
    String issuedDate,
    String place,
    String organName,
    String parentOrganName,
    String documentType,
    String subject,
    List<String> signerAuthority,
    String signerPosition,
    String signerName,
    List<String> recipients,
    String archive,
    int pageCount,
    List<Appendix> appendices,
    String language,
    List<String> keywords) {

  /** The language every plan is written in (ISO 639-1). */
  public static final String LANGUAGE = "vi";

  public Metadata {
    signerAuthority = List.copyOf(signerAuthority);
    recipients = List.copyOf(recipients);
    appendices = List.copyOf(appendices);
    keywords = List.copyOf(keywords);
  }

  /**
   * A phụ lục as the metadata lists it.
   *
   * @param name its name as the body cites it: "Phụ lục I"
   * @param title its title as the model writes it, on one line
   * @param files the names of its own files when it is issued in a file of its own (NĐ 30 Phụ lục
   *     III, Mẫu 2.2), one per format: "x.phu-luc-I.pdf"; empty when it is in the plan's file
   */
  public record Appendix(String name, String title, List<String> files) {
    public Appendix {
      files = List.copyOf(files);
    }

    /** An appendix in the plan's own file. */
    public Appendix(String name, String title) {
      this(name, title, List.of());
    }
  }

  /** The metadata of {@code plan}, laid out on {@code pages} pages. */
  public static Metadata of(ComputedPlan plan, int pages) {
    return of(plan, pages, List.of());
  }

  /**
   * The metadata of {@code plan}, whose own file is laid out on {@code pages} pages and whose
   * appendices are issued in files of their own named {@code appendixFiles}, one list per appendix
   * in order (empty when they are in the plan's file).
   */
  public static Metadata of(ComputedPlan plan, int pages, List<List<String>> appendixFiles) {
    Header header = plan.header();
    Plan model = plan.model();
    String number = afterPrefix(header.numberLine());
    int slash = number.indexOf('/');
    List<String> signature = plan.signature();
    return new Metadata(
        slash < 0 ? "" : number.substring(0, slash).strip(),
        slash < 0 ? number : number.substring(slash + 1).strip(),
        header.electronic() ? "" : issuedDate(model, header.draft()),
        model.document().place(),
        oneLine(model.issuer().name()),
        model.issuer().parent().map(Metadata::oneLine).orElse(""),
        VietnameseText.capitalizeFirst(header.documentName().toLowerCase(VietnameseText.VI)),
        oneLine(String.join(" ", header.title())),
        signature.subList(0, Math.max(0, signature.size() - 1)),
        signature.isEmpty() ? "" : signature.get(signature.size() - 1),
        plan.signer(),
        recipients(plan),
        archive(plan).orElse(""),
        pages,
        appendices(plan, appendixFiles),
        LANGUAGE,
        List.of());
  }

  /** "05/KH-UBND" from "Số: 05/KH-UBND". */
  private static String afterPrefix(String numberLine) {
    int colon = numberLine.indexOf(':');
    return numberLine.substring(colon + 1).strip();
  }

  /**
   * The date as printed: a draft leaves its day blank for the văn thư (as {@code Planner} prints
   * it), so its metadata has only the month and year.
   */
  private static String issuedDate(Plan model, boolean draft) {
    return model
        .document()
        .date()
        .map(d -> draft ? new VietnameseDate(d.year(), d.month(), Optional.empty()) : d)
        .map(VietnameseDate::toString)
        .orElse("");
  }

  /** The Nơi nhận lines but the archive line, without the "- " and ";" they print with. */
  private static List<String> recipients(ComputedPlan plan) {
    List<String> lines = new ArrayList<>();
    List<Text> printed = plan.recipients();
    int count = printed.size() - (archive(plan).isPresent() ? 1 : 0);
    for (Text line : printed.subList(0, count)) {
      lines.add(oneLine(line.plain().replaceFirst("^-\\s*", "").replaceFirst("[;.]\\s*$", "")));
    }
    return lines;
  }

  /** "Lưu: VT, VXNV. ĐND", from the last Nơi nhận line when the model names an archive. */
  private static Optional<String> archive(ComputedPlan plan) {
    if (plan.model().archive().isEmpty() || plan.recipients().isEmpty()) {
      return Optional.empty();
    }
    String last = plan.recipients().get(plan.recipients().size() - 1).plain();
    return Optional.of(last.replaceFirst("^-\\s*", "").replaceFirst("\\.\\s*$", ""));
  }

  private static List<Appendix> appendices(ComputedPlan plan, List<List<String>> files) {
    List<Appendix> out = new ArrayList<>();
    List<ComputedAppendix> computed = plan.appendices();
    for (int i = 0; i < computed.size(); i++) {
      out.add(
          new Appendix(
              computed.get(i).name(),
              oneLine(plan.model().appendices().get(i).title()),
              i < files.size() ? files.get(i) : List.of()));
    }
    return out;
  }

  /** The text with line breaks and runs of spaces made single spaces. */
  private static String oneLine(String text) {
    return VietnameseText.nfc(text).strip().replaceAll("\\s+", " ");
  }
}
