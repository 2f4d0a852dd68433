package kehoach.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDateTest {
  private static final String B = VietnameseDate.BLANK;

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # rule: days below 10 take a leading zero
          2024-05-07 | ngày 07 tháng 5 năm 2024
          2026-06-29 | ngày 29 tháng 6 năm 2026
          # rule: months 1 and 2 take a leading zero, other months do not
          2026-01-05 | ngày 05 tháng 01 năm 2026
          2026-02-10 | ngày 10 tháng 02 năm 2026
          2026-03-10 | ngày 10 tháng 3 năm 2026
          2026-12-31 | ngày 31 tháng 12 năm 2026
          """)
  void longForm(String iso, String printed) {
    assertEquals(printed, VietnameseDate.parse(iso).orElseThrow().longForm());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # citations: the same zeros, with slashes
          2021-01-11 | 11/01/2021
          2023-09-26 | 26/9/2023
          2022-12-09 | 09/12/2022
          2026-01-04 | 04/01/2026
          """)
  void shortForm(String iso, String printed) {
    assertEquals(printed, VietnameseDate.parse(iso).orElseThrow().shortForm());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # drafts: the unknown day, or day and month, are blanks to fill in by hand
          2024-04 | 4
          2026    |
          """)
  void partialDatesLeaveBlanks(String iso, String month) {
    String expected =
        "ngày " + B + " tháng " + (month == null ? B : month) + " năm " + iso.substring(0, 4);
    assertEquals(expected, VietnameseDate.parse(iso).orElseThrow().longForm());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # an appendix citing its plan: the citation's zeros, blanks where not yet known
          2026-01-05 | 05/01/2026
          2025-12-30 | 30/12/2025
          2025-12    | "     /12/2025"
          2026-01    | "     /01/2026"
          2025       | "     /     /2025"
          """)
  void slashFormLeavesBlanks(String iso, String printed) {
    assertEquals(printed, VietnameseDate.parse(iso).orElseThrow().slashForm());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2024-13", "07/05/2024", "ngày 7", "24-05-07", ""})
  void rejectsWhatIsNotADate(String text) {
    assertEquals(Optional.empty(), VietnameseDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "2024-5-7"})
  void acceptsRealDays(String text) {
    assertTrue(VietnameseDate.parse(text).orElseThrow().isFull());
  }
}
