package kehoach.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The unit in which a budget table's amounts are written. */
public enum MoneyUnit {
  DONG("đồng", 1),
  NGHIN_DONG("nghìn đồng", 1_000),
  TRIEU_DONG("triệu đồng", 1_000_000);

  private final String label;
  private final BigDecimal inDong;

  MoneyUnit(String label, long inDong) {
    this.label = label;
    this.inDong = BigDecimal.valueOf(inDong);
  }

  /** "đồng", "nghìn đồng", "triệu đồng". */
  public String label() {
    return label;
  }

  /** How many đồng one unit is. */
  public BigDecimal inDong() {
    return inDong;
  }

  /** Decimal places of one đồng in this unit: 0, 3 or 6. */
  public int dongScale() {
    return inDong.precision() - 1;
  }

  /** Reads "đồng", "nghìn đồng", "ngàn đồng" or "triệu đồng", in any case. */
  public static Optional<MoneyUnit> parse(String text) {
    String t = text.strip().toLowerCase(kehoach.vi.VietnameseText.VI).replace("ngàn", "nghìn");
    return Arrays.stream(values()).filter(u -> u.label.equals(t)).findFirst();
  }
}
