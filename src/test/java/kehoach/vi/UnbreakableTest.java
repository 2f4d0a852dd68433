package kehoach.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnbreakableTest {
  /** The text with each unbreakable piece in brackets. */
  private static String marked(String text) {
    StringBuilder s = new StringBuilder();
    int at = 0;
    for (Unbreakable.Span span : Unbreakable.spans(text)) {
      s.append(text, at, span.start())
          .append('[')
          .append(text, span.start(), span.end())
          .append(']');
      at = span.end();
    }
    return s.append(text.substring(at)).toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // dates, with and without leading zeros
        "ngày 26/9/2023 của | ngày [26/9/2023] của",
        "ngày 11/01/2021 | ngày [11/01/2021]",
        // document symbols: number, type and issuer
        "Quyết định số 36/QĐ-TTg ngày | Quyết định số [36/QĐ-TTg] ngày",
        "Kế hoạch số 4009/KH-UBND | Kế hoạch số [4009/KH-UBND]",
        "Nghị quyết số 14-NQ/TU ngày | Nghị quyết số [14-NQ/TU] ngày",
        "Nghị định số 52/2015/NĐ-CP | Nghị định số [52/2015/NĐ-CP]",
        // the number line of the header, issued and in a draft
        "Số: 05/KH-UBND | [Số: 05/KH-UBND]",
        "Số:      /KH-UBND | [Số:      /KH-UBND]",
        // numbers with separators and percentages
        "là 74.580.000 đồng | là [74.580.000] đồng",
        "tăng 7,5% so với | tăng [7,5%] so với",
        "tăng 7,5 % so với | tăng [7,5 %] so với",
        // a year range keeps its dash off the start of a line
        "giai đoạn 2021 - 2030. | giai đoạn [2021 - 2030].",
        "giai đoạn 2021–2030 | giai đoạn [2021–2030]",
        // words joined without a digit are left to break as usual
        "hội nghị/hội thảo | hội nghị/hội thảo",
        "KHCN&ĐMST và KH,CN | KHCN&ĐMST và KH,CN",
        "Sở, ban, ngành | Sở, ban, ngành"
      })
  void unitsAreFound(String text, String expected) {
    assertEquals(expected, marked(text));
  }

  @org.junit.jupiter.api.Test
  void spansDoNotOverlap() {
    List<Unbreakable.Span> spans =
        new ArrayList<>(Unbreakable.spans("Số: 05/KH-UBND ngày 05/01/2026, giai đoạn 2021 - 2030"));
    assertEquals(3, spans.size());
    for (int i = 1; i < spans.size(); i++) {
      assertEquals(true, spans.get(i - 1).end() <= spans.get(i).start());
    }
  }

  /**
   * A chain of thousands of joined numbers ("các thửa đất số 1,2,3,…") is one piece, found on a
   * thread with a small stack: matched with a greedy group, Java's regular expressions went a level
   * deeper for each number and overflowed a thread's stack at about 1,500.
   */
  @org.junit.jupiter.api.Test
  void aChainOfThousandsOfNumbersIsOnePiece() throws InterruptedException {
    StringBuilder plots = new StringBuilder("Rà soát các thửa đất số 1");
    for (int i = 2; i <= 10_000; i++) {
      plots.append(',').append(i);
    }
    String text = plots.append(" trên địa bàn; Số: 5/a").append("-b".repeat(10_000)).toString();
    List<List<Unbreakable.Span>> found = new ArrayList<>();
    List<Throwable> failed = new ArrayList<>();
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                found.add(Unbreakable.spans(text));
              } catch (StackOverflowError e) {
                failed.add(e);
              }
            },
            "small-stack",
            256 * 1024);
    small.start();
    small.join();
    assertEquals(List.of(), failed);
    int start = text.indexOf("1,2");
    int end = text.indexOf(" trên");
    int number = text.indexOf("Số:");
    assertEquals(
        List.of(new Unbreakable.Span(start, end), new Unbreakable.Span(number, text.length())),
        found.get(0));
  }

  /**
   * The pattern as {@link Unbreakable} had it when it tried it at every character of the text: the
   * spans must be these, now that it tries it only where a piece can be.
   */
  private static final Pattern WHOLE_TEXT =
      Pattern.compile(
          String.join(
              "|",
              "\\b\\d{4}\\s*[-–]\\s*\\d{4}\\b",
              "Số:\\s*\\d*/[\\p{L}\\p{N}]+(?:[-/.][\\p{L}\\p{N}]+)*",
              "(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+(?:[-/.,][\\p{L}\\p{N}]+)+(?:\\s?%)?",
              "\\d+(?:,\\d+)?\\s?%"));

  private static List<Unbreakable.Span> wholeText(String text) {
    List<Unbreakable.Span> out = new ArrayList<>();
    Matcher m = WHOLE_TEXT.matcher(text);
    while (m.find()) {
      String unit = m.group();
      if ((unit.startsWith("Số:") || unit.chars().anyMatch(Character::isDigit))
          && unit.length() > 1) {
        out.add(new Unbreakable.Span(m.start(), m.end()));
      }
    }
    return out;
  }

  /**
   * Random texts of the pieces that make and break units: digits (ASCII and others), letters,
   * "Số:", the joining marks, white space of every kind, and characters in no unit at all.
   */
  @org.junit.jupiter.api.Test
  void spansAreThoseOfThePatternTriedAtEveryCharacter() {
    String[] parts = {
      "a", "Bộ", "ố", "S", "Số:", "Số", "0", "7", "2021", "36", "٣", "Ⅻ", "½", "𝟙", "😀", "-", "–",
      "/", ".", ",", ":", "%", " ", "  ", "\t", "\n", "\u000B", "(", ")", "&amp;", "_", "\u00A0",
      "\u0301", "QĐ-TTg", "KH-UBND"
    };
    Random random = new Random(14);
    for (int round = 0; round < 200_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(16);
      for (int k = 0; k < length; k++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String t = text.toString();
      assertEquals(wholeText(t), Unbreakable.spans(t), () -> "in \"" + t + "\"");
    }
  }
}
