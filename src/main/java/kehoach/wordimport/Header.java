package kehoach.wordimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.vi.VietnameseText;
import kehoach.word.Block;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * The header's fields from the blocks above KẾ HOẠCH (the two-column layout table and any
 * paragraph): the agency lines as the issuer, "Số: 05/KH-UBND" as the number and the kind of
 * document, "Lâm Đồng, ngày 05 tháng 01 năm 2026" as the place and date, blanks left blank.
 */
final class Header {
  private static final Pattern NUMBER =
      Pattern.compile("(?iu)^Số\\s*:\\s*(\\d*)\\s*/\\s*([\\p{L}]+)-([\\p{L}\\d.]+)\\s*$");
  private static final Pattern DATE =
      Pattern.compile(
          "(?iu)^(.+?),\\s*ngày\\s*(\\d{0,2})\\s*tháng\\s*(\\d{0,2})\\s*năm\\s*(\\d{4})\\.?$");
  private static final String COUNCIL = "ỦY BAN NHÂN DÂN";
  private static final Pattern MOTTO =
      Pattern.compile("(?iu)^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập.*Hạnh phúc$");

  private Header() {}

  /**
   * The issuer and document fields, into {@code plan}; paragraphs that are none of them go to
   * {@code unplaced}.
   */
  static void read(
      List<Block> blocks,
      Map<String, Object> plan,
      List<WordParagraph> unplaced,
      Warnings warnings) {
    List<WordParagraph> paragraphs = new ArrayList<>();
    Set<WordParagraph> left = new HashSet<>();
    for (Block b : blocks) {
      paragraphs.addAll(b.paragraphs().toList());
      if (b instanceof WordTable t) {
        t.rows().stream()
            .flatMap(r -> r.cells().stream())
            .filter(c -> c.column() == 0)
            .forEach(c -> left.addAll(c.paragraphs()));
      }
    }
    List<String> agency = new ArrayList<>();
    Map<String, Object> document = new LinkedHashMap<>();
    String code = "UBND";
    boolean draft = false;
    for (WordParagraph p : paragraphs) {
      String t = p.text();
      Matcher number = NUMBER.matcher(t);
      Matcher date = DATE.matcher(t);
      if (t.isEmpty() || MOTTO.matcher(t).matches() || t.matches("[-_.…\\s]+")) {
        continue;
      } else if (number.matches()) {
        if (!number.group(2).equalsIgnoreCase("KH")) {
          document.put("type", number.group(2));
        }
        if (!number.group(1).isEmpty()) {
          document.put(
              "number", new YamlText.Bare(Integer.toString(Integer.parseInt(number.group(1)))));
        }
        code = number.group(3);
      } else if (date.matches()) {
        document.put("place", date.group(1).strip());
        document.put("date", new YamlText.Bare(date(date)));
      } else if (t.equalsIgnoreCase("DỰ THẢO") || t.equalsIgnoreCase("DỰ THẢO:")) {
        draft = true;
      } else if (left.contains(p) && document.isEmpty()) {
        agency.add(t);
      } else {
        unplaced.add(p);
      }
    }
    if (draft) {
      document.put("draft", new YamlText.Bare("true"));
    }
    plan.put("issuer", issuer(agency, code, warnings));
    plan.put("document", document);
  }

  /** The date as the model writes it: 2026-01-05, or 2026-01 and 2026 while blanks remain. */
  private static String date(Matcher m) {
    String year = m.group(4);
    if (m.group(3).isEmpty()) {
      return year;
    }
    String month = String.format(Locale.ROOT, "%s-%02d", year, Integer.parseInt(m.group(3)));
    if (m.group(2).isEmpty()) {
      return month;
    }
    return String.format(Locale.ROOT, "%s-%02d", month, Integer.parseInt(m.group(2)));
  }

  /**
   * The issuer: "ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG" is named "Ủy ban nhân dân tỉnh Lâm Đồng", which
   * kehoach prints as those two lines; any other header is kept line by line, its last line as the
   * agency and the line above it as the parent agency.
   */
  private static Map<String, Object> issuer(List<String> lines, String code, Warnings warnings) {
    Map<String, Object> issuer = new LinkedHashMap<>();
    if (lines.isEmpty()) {
      warnings.add("no agency lines found in the header: issuer.name left for you to fill in");
      issuer.put("name", "…");
    } else if (lines.size() == 2 && lines.get(0).equals(COUNCIL)) {
      issuer.put("name", "Ủy ban nhân dân " + sentenceCase(lines.get(1)));
    } else {
      issuer.put("name", sentenceCase(lines.get(lines.size() - 1)));
      issuer.put("header", lines);
    }
    if (!code.equals("UBND")) {
      issuer.put("code", code);
    }
    return issuer;
  }

  /**
   * "TỈNH LÂM ĐỒNG" as "tỉnh Lâm Đồng": the first word lower case, the name's words capitalised.
   */
  static String sentenceCase(String upper) {
    String[] words = upper.strip().split("\\s+");
    StringBuilder out = new StringBuilder(words[0].toLowerCase(VietnameseText.VI));
    for (int i = 1; i < words.length; i++) {
      String w = words[i].toLowerCase(VietnameseText.VI);
      out.append(' ').append(VietnameseText.capitalizeFirst(w));
    }
    return out.toString();
  }
}
