package kehoach.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {
  private static final WordStyle NORTH = WordStyle.DEFAULT;
  private static final WordStyle SOUTH = new WordStyle("ngàn", "lẻ", "tư", true, "đồng");
  private static final WordStyle NO_COMMAS = new WordStyle("nghìn", "linh", "bốn", false, "đồng");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # rule: 10–19 read "mười", from 20 "mươi"
          10            | mười
          19            | mười chín
          20            | hai mươi
          # rule: 1 after mươi is "mốt", after mười it stays "một"
          21            | hai mươi mốt
          11            | mười một
          # rule: 5 after mười or mươi is "lăm", elsewhere "năm"
          15            | mười lăm
          75            | bảy mươi lăm
          5             | năm
          50            | năm mươi
          105           | một trăm linh năm
          # rule: 4 after mươi is "bốn" by default; after mười always "bốn"
          74            | bảy mươi bốn
          14            | mười bốn
          # rule: a zero tens digit before a unit reads "linh"
          101           | một trăm linh một
          # rule: a zero hundreds digit inside the number reads "không trăm"
          1005000       | một triệu, không trăm linh năm nghìn
          2050000       | hai triệu, không trăm năm mươi nghìn
          # rule: an all-zero group is skipped
          5000300       | năm triệu, ba trăm
          140000000     | một trăm bốn mươi triệu
          1000000000    | một tỷ
          # the scales up to 10^15
          1000          | một nghìn
          1000000000000 | một nghìn tỷ
          1000000000000000 | một triệu tỷ
          0             | không
          """)
  void readsNumbersByTheRules(long number, String words) {
    assertEquals(words, AmountInWords.number(BigInteger.valueOf(number), NORTH));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # South: ngàn, lẻ, tư after mươi
          105     | một trăm lẻ năm
          74      | bảy mươi tư
          14      | mười bốn
          1500    | một ngàn, năm trăm
          """)
  void southernVariants(long number, String words) {
    assertEquals(words, AmountInWords.number(BigInteger.valueOf(number), SOUTH));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the two phrasings of the seed plans, exactly
          74580000  | ngàn  | true  | Bảy mươi bốn triệu, năm trăm tám mươi ngàn đồng
          140000000 | nghìn | true  | Một trăm bốn mươi triệu đồng
          # the real cost estimate writes no commas and "đồng chẵn"
          226081000 | nghìn | false | Hai trăm hai mươi sáu triệu không trăm tám mươi mốt nghìn đồng chẵn
          """)
  void seedPhrasings(long amount, String thousand, boolean commas, String words) {
    String ending = words.endsWith("chẵn") ? "đồng chẵn" : "đồng";
    WordStyle style = new WordStyle(thousand, "linh", "bốn", commas, ending);
    assertEquals(words, AmountInWords.of(BigInteger.valueOf(amount), style));
  }

  @ParameterizedTest
  @CsvSource({"1005000, một triệu không trăm linh năm nghìn"})
  void commasAreAStyleChoice(long number, String words) {
    assertEquals(words, AmountInWords.number(BigInteger.valueOf(number), NO_COMMAS));
  }

  @ParameterizedTest
  @CsvSource({"-1", "1000000000000001"})
  void refusesAmountsOutsideZeroToTenToTheFifteenth(String amount) {
    assertThrows(
        IllegalArgumentException.class, () -> AmountInWords.number(new BigInteger(amount), NORTH));
  }
}
