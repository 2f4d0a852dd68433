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
    String isoDate) {

  public Header {
    agency = List.copyOf(agency);
    title = List.copyOf(title);
  }
}
