package kehoach.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReproducibleTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the plan's own date stamps its files; a partial date stands for its first day
          2024-05-07 | 2024-05-07T00:00:00Z
          2024-04    | 2024-04-01T00:00:00Z
          2026       | 2026-01-01T00:00:00Z
          # zip cannot hold a time before 1980
          1975-01-01 | 1980-01-01T00:00:00Z
          """)
  void theDocumentsDateIsItsTimestamp(String date, String timestamp) {
    assertEquals(Optional.of(Instant.parse(timestamp)), Reproducible.documentDate(date));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # SOURCE_DATE_EPOCH counts seconds from 1970, as reproducible builds define it
          1700000000 | 2023-11-14T22:13:20Z
          0          | 1970-01-01T00:00:00Z
          """)
  void sourceDateEpochIsReadAsSeconds(String value, String timestamp) {
    assertEquals(Optional.of(Instant.parse(timestamp)), Reproducible.sourceDateEpoch(value));
  }

  @ParameterizedTest
  @CsvSource({"'', ", "yesterday, "})
  void nothingUsableMeansNoTimestamp(String value) {
    assertEquals(Optional.empty(), Reproducible.sourceDateEpoch(value));
    assertEquals(Optional.empty(), Reproducible.documentDate(value == null ? "" : value));
  }
}
