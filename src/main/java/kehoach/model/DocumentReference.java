package kehoach.model;

import java.util.Optional;
import kehoach.vi.VietnameseDate;

/**
 * A reference to another document, printed as "Quyết định số 36/QĐ-TTg ngày 11/01/2021 của Thủ
 * tướng Chính phủ ban hành …".
 *
 * @param type the document type ("Quyết định", "Nghị quyết", "Luật")
 * @param number số và ký hiệu ("36/QĐ-TTg")
 * @param date the date of the document; must be a full date
 * @param issuer who issued it ("Thủ tướng Chính phủ")
 * @param subject what it is about, printed as written after the issuer ("ban hành …", "về việc …")
 */
public record DocumentReference(
    String type,
    Optional<String> number,
    Optional<VietnameseDate> date,
    Optional<String> issuer,
    Optional<String> subject) {}
