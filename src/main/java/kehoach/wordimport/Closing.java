package kehoach.wordimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * Nơi nhận and the signature from the two-column table after the body: the recipients one a line,
 * "- Lưu: VT, NC." as the archive, and the signer's authority lines (TM., KT., Q., TL., TUQ.),
 * title and name.
 */
final class Closing {
  private static final Pattern RECIPIENTS = Pattern.compile("(?iu)^Nơi nhận\\s*:?.*");
  private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\.\\s*.*");
  private static final Pattern ARCHIVE = Pattern.compile("(?iu)^-?\\s*Lưu\\s*:?\\s*(.*)$");
  private static final Pattern ENTRY = Pattern.compile("(?<=[;.])\\s*(?=-\\s)");

  private Closing() {}

  /** Whether {@code t} is the Nơi nhận and signature table. */
  static boolean is(WordTable t) {
    return t.paragraphs().anyMatch(p -> RECIPIENTS.matcher(p.text()).matches())
        || t.layout() && t.paragraphs().anyMatch(p -> AUTHORITY.matcher(p.text()).matches());
  }

  /**
   * Puts recipients, archive and signature into {@code plan}: the column that starts with "Nơi
   * nhận" holds the recipients in all its rows, the other the signature. Returns the signature's
   * lines between the title and the name ("(Đã ký)", a note), which the model's signature has no
   * field for: the caller keeps them as text.
   */
  static List<String> read(WordTable t, Map<String, Object> plan, Warnings warnings) {
    int column =
        t.rows().stream()
            .flatMap(r -> r.cells().stream())
            .filter(
                c -> c.paragraphs().stream().anyMatch(p -> RECIPIENTS.matcher(p.text()).matches()))
            .mapToInt(WordTable.Cell::column)
            .findFirst()
            .orElse(-1);
    List<String> recipients = new ArrayList<>();
    List<String> archive = new ArrayList<>();
    List<String> signer = new ArrayList<>();
    for (WordTable.Row row : t.rows()) {
      for (WordTable.Cell cell : row.cells()) {
        for (WordParagraph p : cell.paragraphs()) {
          if (p.text().isEmpty()) {
            continue;
          }
          if (cell.column() != column) {
            signer.add(p.text());
          } else if (RECIPIENTS.matcher(p.text()).matches()) {
            entries(p.text().replaceFirst("(?iu)^Nơi nhận\\s*:?", ""), recipients, archive);
          } else {
            entries(p.text(), recipients, archive);
          }
        }
      }
    }
    plan.put("recipients", recipients);
    if (archive.isEmpty()) {
      warnings.add("no \"- Lưu: …\" line under Nơi nhận: archive set to [VT]");
      archive.add("VT");
    }
    plan.put("archive", archive);
    List<String> between = new ArrayList<>();
    plan.put("signature", signature(signer, between, warnings));
    return List.copyOf(between);
  }

  private static void entries(String text, List<String> recipients, List<String> archive) {
    for (String entry : ENTRY.split(text.strip())) {
      var a = ARCHIVE.matcher(entry);
      if (a.matches()) {
        for (String unit : a.group(1).replaceAll("\\.$", "").split("\\s*,\\s*")) {
          if (!unit.isBlank()) {
            archive.add(unit.strip());
          }
        }
      } else {
        String r =
            entry.strip().replaceFirst("^[-–]\\s*", "").replaceFirst("\\s*[;.,]$", "").strip();
        if (!r.isEmpty()) {
          recipients.add(r);
        }
      }
    }
  }

  /**
   * Authority lines, then the title, then the name (the last line); the lines between the title and
   * the name go into {@code between}.
   */
  private static Map<String, Object> signature(
      List<String> lines, List<String> between, Warnings warnings) {
    Map<String, Object> s = new LinkedHashMap<>();
    List<String> authority = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && AUTHORITY.matcher(lines.get(i)).matches()) {
      authority.add(lines.get(i++));
    }
    List<String> rest = lines.subList(i, lines.size());
    if (!authority.isEmpty()) {
      s.put("authority", authority);
    }
    if (rest.size() < 2) {
      warnings.add("the signature has no title and name: both left for you to fill in");
      s.put("title", rest.isEmpty() ? "…" : rest.get(0));
      s.put("name", "…");
      return s;
    }
    s.put("title", rest.get(0));
    if (rest.size() > 2) {
      between.addAll(rest.subList(1, rest.size() - 1));
      warnings.add(
          "signature: lines between the title and the name kept as text at the end of the last"
              + " section, aligned right, as notes after the text that the end mark ./. passes"
              + " over (the model's signature has authority, title and name only): "
              + between);
    }
    s.put("name", rest.get(rest.size() - 1));
    return s;
  }
}
