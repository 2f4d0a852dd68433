package kehoach.plan;

import java.util.List;
import java.util.Optional;

/**
 * The printed header block and identity of the document.
 *
 * @param parentAgency the parent agency line, upper case, when there is one
 * @param agency the issuing agency's lines, upper case
 * @param numberLine "Số: 05/KH-UBND", or "Số: /KH-UBND" before a number is given
 * @param placeAndDate "Tây Ninh, ngày 07 tháng 5 năm 2024", with blanks for what is not known
 * @param documentName "KẾ HOẠCH"
 * @param title the trích yếu's lines
 * @param draft whether "DỰ THẢO" is shown
 * @param reference how an appendix names the plan: "Kế hoạch số 05/KH-UBND ngày 07 tháng 5 năm 2024
 *     của Ủy ban nhân dân tỉnh Tây Ninh"
 * @param isoDate the model's date in ISO form ("2024-05-07", "2024-04"), printed or not: what the
 *     files are stamped with
 * @param electronic whether the plan is issued electronically: number and date are left for the văn
 *     thư's signing tool, and the signature block has clear areas for the signature images
 */
public record Header(
    Optional<String> parentAgency,
    List<String> agency,
    String numberLine,
    String placeAndDate,
    String documentName,
    List<String> title,
    boolean draft,
    String reference,
    String isoDate,
    boolean electronic) {

  public Header {
    agency = List.copyOf(agency);
    title = List.copyOf(title);
  }
}
