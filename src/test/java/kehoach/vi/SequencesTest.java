package kehoach.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SequencesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"1, I", "4, IV", "5, V", "9, IX", "14, XIV", "40, XL", "2024, MMXXIV"})
  void romanNumerals(int n, String roman) {
    assertEquals(roman, RomanNumerals.of(n));
  }

  @ParameterizedTest(name = "điểm {0} is {1})")
  @CsvSource({
    "1, a",
    "4, d",
    // rule: đ follows d, and the alphabet has no f, j, w or z
    "5, đ",
    "6, e",
    "7, g",
    "8, h",
    "9, i",
    "10, k",
    "22, x",
    "23, y"
  })
  void pointLettersFollowTheVietnameseAlphabet(int n, String letter) {
    assertEquals(letter, PointLetters.of(n));
  }

  @Test
  void thereIsNoTwentyFourthPoint() {
    assertThrows(IllegalArgumentException.class, () -> PointLetters.of(24));
  }

  @Test
  void upperCaseAndNfc() {
    String decomposed = "U\u0309y ban nha\u0302n da\u0302n";
    assertEquals("ỦY BAN NHÂN DÂN", VietnameseText.upper(decomposed));
    assertEquals("Hòa", VietnameseText.nfc("Ho\u0300a"), "a decomposed grave accent is composed");
  }
}
