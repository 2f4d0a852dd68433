package kehoach.model;

import java.util.Optional;
import kehoach.vi.VietnameseDate;

/**
 * The document's identity.
 *
 * @param type the type abbreviation in the ký hiệu ("KH" for kế hoạch)
 * @param number số: given by the văn thư after signing; absent in a draft
 * @param place địa danh: where the issuer sits ("Ninh Thuận")
 * @param date ngày tháng năm: full, month and year, or absent
 * @param draft dự thảo: marks the document as a draft, with blanks for number and day
 */
public record DocumentInfo(
    String type,
    Optional<Integer> number,
    String place,
    Optional<VietnameseDate> date,
    boolean draft) {}
