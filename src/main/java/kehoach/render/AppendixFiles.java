package kehoach.render;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;

/**
 * The files of appendices issued each in a file of its own (phụ lục là tệp riêng, NĐ 30 Phụ lục
 * III, Mẫu 2.2): {@code NAME.phu-luc-I.pdf} beside {@code NAME.pdf}, named after the appendix's
 * name as the body cites it, in ASCII so that every file system, mail client and office system
 * keeps the name as it is.
 */
public final class AppendixFiles {
  private AppendixFiles() {}

  /**
   * The part of an appendix's file name after the plan's: its name as the body cites it without
   * marks, words in lower case and a Roman numeral as printed. "Phụ lục I" → "phu-luc-I", "Phụ lục"
   * → "phu-luc", "Biểu chi tiết" → "bieu-chi-tiet".
   */
  public static String suffix(ComputedAppendix appendix) {
    String plain =
        Normalizer.normalize(
                appendix.name().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(word.matches("[IVXLCDM]+") ? word : word.toLowerCase(Locale.ROOT));
      }
    }
    return words.isEmpty() ? "phu-luc" : String.join("-", words);
  }

  /** The name of {@code appendix}'s files of the plan named {@code name}, without extension. */
  public static String name(String name, ComputedAppendix appendix) {
    return name + "." + suffix(appendix);
  }

  /**
   * Every separate appendix file of {@code plan} named {@code name} in {@code folder}: for each
   * appendix in order, one file per format in the formats' order.
   */
  public static List<Path> targets(
      ComputedPlan plan, String name, Set<Format> formats, Path folder) {
    List<Path> targets = new ArrayList<>();
    for (ComputedAppendix a : plan.appendices()) {
      targets.addAll(Renderer.targets(name(name, a), formats, folder));
    }
    return targets;
  }
}
