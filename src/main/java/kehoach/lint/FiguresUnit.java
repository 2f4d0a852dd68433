package kehoach.lint;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The money units a plan states its figures in (đơn vị tính): đồng, nghìn đồng, triệu đồng, tỷ
 * đồng. A table's figures and the text's must be brought to one unit before they are compared:
 * "74,58 triệu đồng" is 74.580.000 đồng.
 */
enum FiguresUnit {
  DONG(BigDecimal.ONE),
  NGHIN(BigDecimal.valueOf(1_000)),
  TRIEU(BigDecimal.valueOf(1_000_000)),
  TY(BigDecimal.valueOf(1_000_000_000));

  /** Longest first, so that "triệu đồng" is not read as "đồng". */
  private static final Pattern UNIT =
      Pattern.compile(
          "(tỷ đồng|tỉ đồng|triệu đồng|tr\\.?đ|nghìn đồng|ngàn đồng|1[.,]?000 ?đồng|1[.,]?000 ?đ"
              + "|đồng|vnđ|vnd)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "Đơn vị tính: triệu đồng", "ĐVT: đồng", "(ĐVT: nghìn đồng)". */
  private static final Pattern STATED =
      Pattern.compile(
          "(đơn vị tính|đơn vị|đvt)\\s*[:.]?\\s*(?<unit>[^);]{1,20})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final BigDecimal dong;

  FiguresUnit(BigDecimal dong) {
    this.dong = dong;
  }

  /** The amount in đồng of {@code value} stated in this unit. */
  BigDecimal toDong(BigDecimal value) {
    return value.multiply(dong);
  }

  /** How many đồng one of this unit is. */
  BigDecimal dong() {
    return dong;
  }

  /** The unit a money word names ("triệu đồng", "VNĐ", "1.000đ"), if {@code word} is one. */
  static Optional<FiguresUnit> named(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(" ", "");
    if (w.startsWith("tỷ") || w.startsWith("tỉ")) {
      return Optional.of(TY);
    }
    if (w.startsWith("tr")) {
      return Optional.of(TRIEU);
    }
    if (w.startsWith("nghìn") || w.startsWith("ngàn") || w.startsWith("1")) {
      return Optional.of(NGHIN);
    }
    if (w.startsWith("đ") || w.startsWith("vn")) {
      return Optional.of(DONG);
    }
    return Optional.empty();
  }

  /** The first money unit written in {@code text} ("Thành tiền (triệu đồng)"), if any. */
  static Optional<FiguresUnit> in(String text) {
    Matcher m = UNIT.matcher(text);
    return m.find() ? named(m.group(1)) : Optional.empty();
  }

  /** The unit a line states for a table ("Đơn vị tính: đồng"), if it states one. */
  static Optional<FiguresUnit> stated(String line) {
    Matcher m = STATED.matcher(line);
    while (m.find()) {
      Optional<FiguresUnit> unit = in(m.group("unit"));
      if (unit.isPresent()) {
        return unit;
      }
    }
    return Optional.empty();
  }

  /** The unit's words for a message. */
  String words() {
    return switch (this) {
      case DONG -> "đồng";
      case NGHIN -> "nghìn đồng";
      case TRIEU -> "triệu đồng";
      case TY -> "tỷ đồng";
    };
  }
}
