package kehoach.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import kehoach.model.Location;
import kehoach.model.Problem;
import kehoach.vi.VietnameseDate;
import kehoach.vi.VietnameseNumbers;
import kehoach.vi.VietnameseText;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads typed values out of YAML nodes. Every reader returns empty and records a {@link Problem}
 * when the node is not what was expected, so that one run reports every problem in the file.
 */
final class NodeReader {
  /**
   * The most digits before the decimal mark: totals reach 10^15 đồng (see {@code AmountInWords}),
   * so no quantity, price or amount needs more, and a number of a billion digits ({@code
   * 1e999999999} in JSON) would take minutes to add up and print.
   */
  static final int MAX_WHOLE_DIGITS = 15;

  /**
   * The most digits after the decimal mark: a price in triệu đồng needs 6 for a whole đồng, and a
   * quantity or percentage a few; 9 is more than any needs.
   */
  static final int MAX_DECIMALS = 9;

  private final String file;
  private final boolean json;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Location> locations = new HashMap<>();
  private final Map<String, String> texts = new LinkedHashMap<>();

  /**
   * @param file the file name to put in messages
   * @param json whether numbers follow JSON's convention ({@code 1000.5}) rather than the
   *     Vietnamese one ({@code 1.000,5})
   */
  NodeReader(String file, boolean json) {
    this.file = file;
    this.json = json;
  }

  List<Problem> problems() {
    return problems;
  }

  Map<String, Location> locations() {
    return locations;
  }

  /** Every text read, by field path, in the order read. */
  Map<String, String> texts() {
    return texts;
  }

  /** Where {@code node} was written: in the model, or in the variants table it came from. */
  Location at(Node node) {
    return node.getStartMark()
        .map(
            m ->
                new Location(
                    m.getName() == null || m.getName().isEmpty() ? file : m.getName(),
                    m.getLine() + 1,
                    m.getColumn() + 1))
        .orElse(Location.ofFile(file));
  }

  void record(String path, Node node) {
    // the place is worked out only for a path not seen yet: most paths are recorded twice
    if (!locations.containsKey(path)) {
      locations.put(path, at(node));
    }
  }

  void problem(Node node, String path, String message) {
    problems.add(new Problem(at(node), path, message));
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  /** How a node looks, for "found …" in messages. */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping (fields)";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(node)) {
      return "nothing";
    }
    String value = ((ScalarNode) node).getValue();
    return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
  }

  Optional<Fields> fields(Node node, String path, String what) {
    record(path, node);
    if (node instanceof MappingNode m) {
      return Optional.of(new Fields(this, m, path));
    }
    problem(node, path, "expected " + what + ", found " + describe(node));
    return Optional.empty();
  }

  /**
   * Reads a list, each element with {@code element}. A single value where a list is expected is
   * read as a list of one when {@code single} allows it.
   */
  <T> List<T> list(
      Node node, String path, boolean single, BiFunction<Node, String, Optional<T>> element) {
    record(path, node);
    List<T> out = new ArrayList<>();
    if (node instanceof SequenceNode s) {
      List<Node> items = s.getValue();
      for (int i = 0; i < items.size(); i++) {
        String p = index(path, i);
        record(p, items.get(i));
        element.apply(items.get(i), p).ifPresent(out::add);
      }
    } else if (single && node instanceof ScalarNode && !isNull(node)) {
      element.apply(node, path).ifPresent(out::add);
    } else if (!isNull(node)) {
      problem(node, path, "expected a list (lines beginning with \"- \"), found " + describe(node));
    }
    return List.copyOf(out);
  }

  /** Text, normalised to NFC. Plain numbers and booleans are taken as the text they were. */
  Optional<String> text(Node node, String path) {
    record(path, node);
    if (node instanceof ScalarNode s && !isNull(node)) {
      return printable(node, path, VietnameseText.nfc(s.getValue().strip()));
    }
    problem(node, path, "expected text, found " + describe(node));
    return Optional.empty();
  }

  /**
   * {@code text} when every character in it can be printed; otherwise empty, with a problem naming
   * the first that cannot. A control character (BEL, NUL, ESC, written as an escape such as {@code
   * "\\a"}) or half of a surrogate pair has no place in a document, and XML, which the layout
   * makes, cannot even hold most of them. The text is kept, with where it was written, for the
   * check of the font ({@link #texts()}).
   */
  Optional<String> printable(Node node, String path, String text) {
    for (int i = 0, n = 1; i < text.length(); n++) {
      int cp = text.codePointAt(i);
      if (!isPrintable(cp)) {
        problem(
            node,
            path,
            String.format(
                Locale.ROOT,
                "the character U+%04X (%s), the %s character of the text, cannot be printed;"
                    + " remove it",
                cp,
                Character.isSurrogate((char) cp)
                    ? "half of a surrogate pair, not a character"
                    : "a control character",
                ordinal(n)));
        return Optional.empty();
      }
      i += Character.charCount(cp);
    }
    texts.put(path, text);
    return Optional.of(text);
  }

  /**
   * Whether a document can hold {@code cp}: not a control character other than tab and line break.
   */
  private static boolean isPrintable(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return true;
    }
    return !Character.isISOControl(cp)
        && !Character.isSurrogate((char) cp)
        && cp != 0xFFFE
        && cp != 0xFFFF;
  }

  private static String ordinal(int n) {
    String suffix =
        n % 100 >= 11 && n % 100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /** Non-blank text. */
  Optional<String> nonBlankText(Node node, String path) {
    Optional<String> t = text(node, path);
    if (t.isPresent() && t.get().isBlank()) {
      problem(node, path, "expected text, found an empty value");
      return Optional.empty();
    }
    return t;
  }

  /** An exact decimal number, in the file's convention. */
  Optional<BigDecimal> number(Node node, String path) {
    record(path, node);
    if (node instanceof ScalarNode s && !isNull(node)) {
      Optional<BigDecimal> value =
          json && !Tag.STR.equals(s.getTag())
              ? VietnameseNumbers.parseInternational(s.getValue())
              : VietnameseNumbers.parse(s.getValue());
      if (value.isPresent() && withinLimits(value.get())) {
        return value;
      }
      if (value.isPresent()) {
        problem(
            node,
            path,
            "expected a number with at most "
                + MAX_WHOLE_DIGITS
                + " digits before the decimal mark and at most "
                + MAX_DECIMALS
                + " after it, found "
                + describe(node));
        return Optional.empty();
      }
    }
    problem(
        node,
        path,
        "expected a number such as 1.500.000 or 7,5 (dots between thousands, comma before"
            + " decimals), found "
            + describe(node));
    return Optional.empty();
  }

  /**
   * Whether {@code value} is within the digits a model's number may have; looked at without writing
   * it out, since {@code 1e999999999} written out is a billion digits.
   */
  private static boolean withinLimits(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.precision() - v.scale() <= MAX_WHOLE_DIGITS && v.scale() <= MAX_DECIMALS;
  }

  /** A number that is zero or more, as quantities, prices and amounts are. */
  Optional<BigDecimal> nonNegative(Node node, String path) {
    Optional<BigDecimal> n = number(node, path);
    if (n.isPresent() && n.get().signum() < 0) {
      problem(node, path, "expected a number of zero or more, found " + describe(node));
      return Optional.empty();
    }
    return n;
  }

  Optional<Integer> positiveInteger(Node node, String path) {
    Optional<BigDecimal> n = number(node, path);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    try {
      int value = n.get().intValueExact();
      if (value > 0) {
        return Optional.of(value);
      }
    } catch (ArithmeticException e) {
      // falls through to the problem below
    }
    problem(node, path, "expected a whole number of 1 or more, found " + describe(node));
    return Optional.empty();
  }

  Optional<Boolean> bool(Node node, String path) {
    record(path, node);
    if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
      return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT)));
    }
    problem(node, path, "expected true or false, found " + describe(node));
    return Optional.empty();
  }

  /** A date written 2024-05-07, or 2024-04 / 2024 when {@code partial} allows it. */
  Optional<VietnameseDate> date(Node node, String path, boolean partial) {
    Optional<VietnameseDate> date = text(node, path).flatMap(VietnameseDate::parse);
    if (date.isPresent() && (partial || date.get().isFull())) {
      return date;
    }
    problem(
        node,
        path,
        partial
            ? "expected a date written 2024-05-07, or 2024-05 / 2024 while the day is not known,"
                + " found "
                + describe(node)
            : "expected a full date written 2021-01-11, found " + describe(node));
    return Optional.empty();
  }

  /** One of a fixed set of words. */
  <T> Optional<T> choice(Node node, String path, Map<String, T> choices) {
    Optional<String> word = text(node, path);
    if (word.isEmpty()) {
      return Optional.empty();
    }
    T value = choices.get(word.get().toLowerCase(VietnameseText.VI));
    if (value != null) {
      return Optional.of(value);
    }
    String hint =
        Suggestions.nearest(word.get(), choices.keySet())
            .map(s -> " (did you mean \"" + s + "\"?)")
            .orElse("");
    problem(
        node,
        path,
        "expected one of "
            + String.join(", ", choices.keySet())
            + ", found "
            + describe(node)
            + hint);
    return Optional.empty();
  }
}
