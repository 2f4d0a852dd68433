package kehoach.wordimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kehoach.model.Block.Numbering;
import kehoach.vi.PointLetters;
import kehoach.vi.RomanNumerals;
import kehoach.word.WordTable;

/**
 * A table's data rows as a tree, by the kind of number in their STT cell: the first kind met (I, 1,
 * a, -, +) is the top level, the next kind below it, and so on, as a drafter numbers groups and
 * their lines. A row's STT is kept only where kehoach would not print the same number by itself.
 */
final class TableRows {
  private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,6}\\.?");
  private static final Pattern ARABIC = Pattern.compile("\\d{1,3}\\.?");
  private static final Pattern LETTER = Pattern.compile("[a-zđ]\\)?");

  /**
   * A row and the rows under it.
   *
   * @param row the table's row
   * @param stt the STT cell's text, "" when it has none
   * @param kind the kind of its number; empty for a row without one
   * @param children the rows numbered under it
   */
  record Node(WordTable.Row row, String stt, Numbering kind, List<Node> children) {
    boolean numbered() {
      return kind != null;
    }
  }

  private TableRows() {}

  /**
   * Writes the table's {@code numbering} into {@code out} only where the labels read (one numbering
   * per level) differ from what kehoach numbers such a table with by default.
   */
  static void putNumbering(
      java.util.Map<String, Object> out, boolean stt, List<Numbering> levels, boolean groups) {
    List<Numbering> defaults = Numbering.forTable(List.of(), groups);
    if (stt
        && !levels.isEmpty()
        && !defaults.subList(0, Math.min(levels.size(), defaults.size())).equals(levels)) {
      out.put("numbering", levels.stream().map(n -> n.name().toLowerCase(Locale.ROOT)).toList());
    }
  }

  /** The kind of number {@code stt} is, or null for none (blank, "*", "9a"). */
  static Numbering kind(String stt) {
    String s = stt.strip();
    if (ROMAN.matcher(s).matches()) {
      return Numbering.ROMAN;
    }
    if (ARABIC.matcher(s).matches()) {
      return Numbering.ARABIC;
    }
    if (LETTER.matcher(s).matches()) {
      return Numbering.LETTER;
    }
    if (s.equals("-") || s.equals("–")) {
      return Numbering.DASH;
    }
    return s.equals("+") ? Numbering.PLUS : null;
  }

  /**
   * The rows as a tree; {@code levels} receives the kinds by depth. A row without a number stays at
   * the level of the row before it.
   */
  static List<Node> tree(List<WordTable.Row> rows, List<String> stts, List<Numbering> levels) {
    List<Node> top = new ArrayList<>();
    List<List<Node>> open = new ArrayList<>();
    open.add(top);
    for (int i = 0; i < rows.size(); i++) {
      String stt = stts.get(i);
      Numbering kind = kind(stt);
      int depth = kind == null ? open.size() - 2 : levels.indexOf(kind);
      if (kind != null && depth < 0) {
        levels.add(kind);
        depth = levels.size() - 1;
      }
      depth = Math.max(0, Math.min(depth, open.size() - 1));
      Node node = new Node(rows.get(i), stt.strip(), kind, new ArrayList<>());
      while (open.size() > depth + 1) {
        open.remove(open.size() - 1);
      }
      open.get(depth).add(node);
      open.add(node.children());
    }
    return top;
  }

  /** The label kehoach prints for the {@code n}th row of a level numbered {@code kind}. */
  static String expected(Numbering kind, int n) {
    return switch (kind) {
      case ROMAN -> RomanNumerals.of(n);
      case ARABIC -> Integer.toString(n);
      case LETTER -> n <= PointLetters.SEQUENCE.size() ? PointLetters.of(n) : "";
      case DASH -> "-";
      case PLUS -> "+";
      default -> "";
    };
  }

  /** Whether {@code stt} reads as {@code expected} (a trailing dot or bracket aside). */
  static boolean same(String stt, String expected) {
    return stt.replaceAll("[.)]$", "")
        .toLowerCase(Locale.ROOT)
        .equals(expected.toLowerCase(Locale.ROOT));
  }
}
