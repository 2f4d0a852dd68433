package kehoach.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # "." between thousands, "," before decimals, trailing zeros dropped
          74580000   | 74.580.000
          1000       | 1.000
          999        | 999
          0          | 0
          7.5        | 7,5
          23.29      | 23,29
          1234567.50 | 1.234.567,5
          140.000    | 140
          -5000      | -5.000
          """)
  void formats(String value, String printed) {
    assertEquals(printed, VietnameseNumbers.format(new BigDecimal(value)));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # a dot before exactly three digits groups thousands
          74.580.000  | 74580000
          1.000       | 1000
          # a comma is the decimal mark
          7,5         | 7.5
          1.234,5     | 1234.5
          # a single dot before other than three digits is a decimal point, as YAML writes it
          7.5         | 7.5
          0.25        | 0.25
          1000000     | 1000000
          '1 000 000' | 1000000
          """)
  void parsesAsAClerkWrites(String text, String value) {
    assertEquals(0, new BigDecimal(value).compareTo(VietnameseNumbers.parse(text).orElseThrow()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"năm", "1,000,000", "1.00.000", "12a", "", "1.000.00"})
  void rejectsWhatIsNotANumber(String text) {
    assertEquals(Optional.empty(), VietnameseNumbers.parse(text));
  }
}
