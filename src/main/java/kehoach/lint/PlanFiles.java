package kehoach.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;

/**
 * A plan's own file and the appendices issued beside it as files of their own (NĐ 30 Phụ lục III,
 * Mẫu 2.2: an electronic plan may send each appendix as a file of its own), as lint was given them.
 *
 * @param plan the plan's own file: header, body, Nơi nhận and signature
 * @param appendixFiles the files given with it that are its appendices, in the order given
 */
record PlanFiles(WordDocument plan, List<WordDocument> appendixFiles) {

  PlanFiles {
    appendixFiles = List.copyOf(appendixFiles);
  }

  /**
   * Whether {@code document} is an appendix in a file of its own: it opens with a "Phụ lục" heading
   * (or an appendix's name over its «Kèm theo» line), with no text before it but what the layout
   * tables hold, and it has neither Nơi nhận nor a signature.
   */
  static boolean isAppendixFile(WordDocument document) {
    if (ClosingBlock.find(document).isPresent()) {
      return false;
    }
    OutlineParts parts = OutlineParts.of(document);
    return !parts.appendices().isEmpty()
        && parts.body().stream()
            .filter(WordParagraph.class::isInstance)
            .map(WordParagraph.class::cast)
            .allMatch(p -> p.text().isBlank());
  }

  /**
   * Each plan among {@code documents} with the appendix files that go with it. An appendix file
   * goes with the plan whose file name its own starts with ("kh-05.docx" and
   * "kh-05.phu-luc-I.docx", as kehoach names them), else the plan whose number and date its «Kèm
   * theo» line states, else the only plan given; with none of these it is read alone.
   */
  static List<PlanFiles> group(List<WordDocument> documents) {
    List<WordDocument> plans = new ArrayList<>();
    List<WordDocument> appendices = new ArrayList<>();
    for (WordDocument d : documents) {
      (isAppendixFile(d) ? appendices : plans).add(d);
    }
    List<List<WordDocument>> withPlan = new ArrayList<>();
    plans.forEach(p -> withPlan.add(new ArrayList<>()));
    for (WordDocument appendix : appendices) {
      planOf(appendix, plans).ifPresent(i -> withPlan.get(i).add(appendix));
    }
    List<PlanFiles> out = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      out.add(new PlanFiles(plans.get(i), withPlan.get(i)));
    }
    return out;
  }

  /** The index in {@code plans} of the plan {@code appendix} goes with. */
  private static Optional<Integer> planOf(WordDocument appendix, List<WordDocument> plans) {
    String name = stem(appendix);
    for (int i = 0; i < plans.size(); i++) {
      String plan = stem(plans.get(i));
      if (name.length() > plan.length()
          && name.startsWith(plan)
          && !Character.isLetterOrDigit(name.charAt(plan.length()))) {
        return Optional.of(i);
      }
    }
    Optional<OutlineIdentity> stated =
        OutlineParts.of(appendix).appendices().stream()
            .flatMap(a -> a.reference().stream())
            .map(r -> OutlineIdentity.parse(r.text()))
            .filter(id -> !id.number().isEmpty())
            .findFirst();
    if (stated.isPresent()) {
      for (int i = 0; i < plans.size(); i++) {
        Optional<OutlineIdentity> header = OutlineIdentity.header(plans.get(i));
        if (header.isPresent() && header.get().equals(stated.get())) {
          return Optional.of(i);
        }
      }
    }
    return plans.size() == 1 ? Optional.of(0) : Optional.empty();
  }

  private static String stem(WordDocument document) {
    String name = document.file().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The appendices {@code appendixFiles} hold, in order. */
  static List<OutlineAppendix> apart(List<WordDocument> appendixFiles) {
    return appendixFiles.stream().flatMap(f -> OutlineParts.of(f).appendices().stream()).toList();
  }
}
