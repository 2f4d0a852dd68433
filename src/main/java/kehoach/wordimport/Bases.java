package kehoach.wordimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.word.WordParagraph;

/**
 * Căn cứ: the paragraphs between the trích yếu and section I. Each "Căn cứ …", "Thực hiện …" is a
 * basis in free text, its verb apart and its ending kept as written; the sentence announcing the
 * plan ("UBND tỉnh ban hành Kế hoạch … như sau:") is the closing, also when it ends the one
 * paragraph that holds the bases (the {@code inline} layout).
 */
final class Bases {
  private static final Pattern VERB =
      Pattern.compile("^(Tiếp tục thực hiện|Căn cứ|Thực hiện|Triển khai|Theo)\\s+(.*)$");
  private static final Pattern INLINE_CLOSING =
      Pattern.compile(
          "^(.*?)([;,.])\\s+((?:Ủy ban nhân dân|UBND|Chủ tịch|Sở|Ban)[^;]*?(?:như sau|sau đây)\\s*:?)$");

  private Bases() {}

  /** The bases of {@code paragraphs}, or empty when there are none. */
  static Optional<Map<String, Object>> of(List<WordParagraph> paragraphs) {
    List<String> texts =
        paragraphs.stream().map(Inlines::marked).filter(t -> !t.isEmpty()).toList();
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> bases = new LinkedHashMap<>();
    List<Object> items = new ArrayList<>();
    String last = texts.get(texts.size() - 1);
    Matcher inline = INLINE_CLOSING.matcher(last);
    if (texts.size() == 1 && VERB.matcher(last).matches() && inline.matches()) {
      bases.put("layout", "inline");
      items.add(item(inline.group(1)));
      bases.put("items", items);
      bases.put("separator", inline.group(2) + " ");
      bases.put("closing", inline.group(3));
      return Optional.of(bases);
    }
    boolean closing = !VERB.matcher(last).matches();
    for (String t : closing ? texts.subList(0, texts.size() - 1) : texts) {
      items.add(item(t));
    }
    if (!items.isEmpty()) {
      bases.put("items", items);
    }
    if (closing) {
      bases.put("closing", last);
    }
    return Optional.of(bases);
  }

  /** A basis: its verb and text, or the text alone when it starts with no verb. */
  private static Object item(String text) {
    Matcher m = VERB.matcher(text);
    if (!m.matches()) {
      return text;
    }
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("verb", m.group(1));
    item.put("text", m.group(2));
    return item;
  }
}
