package kehoach.model;

import java.util.List;
import java.util.Optional;

/**
 * Cơ quan ban hành: the issuing agency.
 *
 * @param parent cơ quan chủ quản: the parent agency line, for a department ("UBND TỈNH PHÚ THỌ")
 * @param name the agency's full name in sentence case ("Ủy ban nhân dân tỉnh Ninh Thuận")
 * @param header the lines of the name as printed in the header; empty to derive them from the name
 * @param code the issuer's abbreviation in the ký hiệu ("UBND" in {@code 05/KH-UBND})
 * @param appendixName how the "(Kèm theo …)" line of an appendix names the issuer, when not the
 *     full name ("Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh")
 */
public record Issuer(
    Optional<String> parent,
    String name,
    List<String> header,
    String code,
    Optional<String> appendixName) {

  public Issuer {
    header = List.copyOf(header);
  }
}
