package kehoach.vi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document date that may be full, partial (month and year, as a draft awaiting signature has) or
 * year only.
 *
 * <p>Printed forms follow NĐ 30: days below 10 and months 1 and 2 take a leading zero, other months
 * do not ("ngày 05 tháng 01 năm 2026", "ngày 29 tháng 6 năm 2026"). A missing day or month prints
 * as a blank for the signer's office to fill in.
 *
 * @param year the year, always known
 * @param month 1–12 when known
 * @param day 1–31 when known; only with a month
 */
public record VietnameseDate(int year, Optional<Integer> month, Optional<Integer> day) {
  /** The blank left for a day or month still to be filled in by hand. */
  public static final String BLANK = "     ";

  /**
   * The year left for the văn thư's signing tool to stamp on an electronic document (NĐ 30 Điều
   * 15.3: an electronic document is dated at issue), as the practice writes it: "năm 20…".
   */
  public static final String BLANK_YEAR = "20…";

  /**
   * The date of an electronic document before issue, every part left for the văn thư's signing
   * tool: "ngày", {@link #BLANK}, "tháng", {@link #BLANK}, "năm 20…".
   */
  public static String stampedAtIssue() {
    return "ngày " + BLANK + " tháng " + BLANK + " năm " + BLANK_YEAR;
  }

  /** As {@link #stampedAtIssue()}, in the short form an appendix may cite: blanks, then "/20…". */
  public static String stampedAtIssueShort() {
    return BLANK + "/" + BLANK + "/" + BLANK_YEAR;
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  public VietnameseDate {
    if (day.isPresent() && month.isEmpty()) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (month.isPresent() && (month.get() < 1 || month.get() > 12)) {
      throw new IllegalArgumentException("there is no month " + month.get());
    }
    if (day.isPresent()) {
      LocalDate.of(year, month.get(), day.get()); // throws DateTimeException for 30 February
    }
  }

  public static VietnameseDate of(LocalDate date) {
    return new VietnameseDate(
        date.getYear(), Optional.of(date.getMonthValue()), Optional.of(date.getDayOfMonth()));
  }

  /**
   * Reads {@code 2024-05-07}, {@code 2024-04} or {@code 2024}.
   *
   * @return empty when the text is not one of those forms or names no real day
   */
  public static Optional<VietnameseDate> parse(String text) {
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new VietnameseDate(
              Integer.parseInt(m.group(1)),
              Optional.ofNullable(m.group(2)).map(Integer::parseInt),
              Optional.ofNullable(m.group(3)).map(Integer::parseInt)));
    } catch (IllegalArgumentException | DateTimeException e) {
      return Optional.empty();
    }
  }

  public boolean isFull() {
    return day.isPresent();
  }

  /** The full date when the day is known. */
  public Optional<LocalDate> toLocalDate() {
    return day.map(d -> LocalDate.of(year, month.orElseThrow(), d));
  }

  /** "ngày 07 tháng 5 năm 2024"; unknown parts are blanks: "ngày tháng 4 năm 2024". */
  public String longForm() {
    return "ngày "
        + day.map(VietnameseDate::twoDigits).orElse(BLANK)
        + " tháng "
        + month.map(VietnameseDate::monthNumber).orElse(BLANK)
        + " năm "
        + year;
  }

  /**
   * The short form used when citing another document: "11/01/2021", "26/9/2023".
   *
   * @throws IllegalStateException when the day is not known
   */
  public String shortForm() {
    if (!isFull()) {
      throw new IllegalStateException("a citation needs a full date, not " + this);
    }
    return twoDigits(day.get()) + "/" + monthNumber(month.get()) + "/" + year;
  }

  /**
   * The short form with blanks for what is not known, as an appendix cites a plan not yet signed:
   * "05/01/2026", " /12/2025".
   */
  public String slashForm() {
    return day.map(VietnameseDate::twoDigits).orElse(BLANK)
        + "/"
        + month.map(VietnameseDate::monthNumber).orElse(BLANK)
        + "/"
        + year;
  }

  /** Months 1 and 2 take a leading zero, others do not (NĐ 30, Phụ lục I). */
  static String monthNumber(int month) {
    return month <= 2 ? twoDigits(month) : Integer.toString(month);
  }

  static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** The ISO form the model uses: 2024-05-07, 2024-04 or 2024. */
  @Override
  public String toString() {
    return year
        + month.map(m -> "-" + twoDigits(m)).orElse("")
        + day.map(d -> "-" + twoDigits(d)).orElse("");
  }
}
