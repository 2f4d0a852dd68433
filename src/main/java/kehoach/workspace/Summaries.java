package kehoach.workspace;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import kehoach.Kehoach;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Header;
import kehoach.vi.VietnameseNumbers;

/**
 * What the plan list shows of each plan, computed as {@code kehoach check} computes it, and kept
 * while the file's modification time and size stay the same: listing a folder of 200 plans computes
 * only those changed since the last listing.
 */
final class Summaries {
  private record Cached(FileTime modified, long size, PlanSummary summary) {}

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** The summary of {@code file}; empty when it went away meanwhile. */
  Optional<PlanSummary> of(Path file) {
    String name = file.getFileName().toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return Optional.empty();
    }
    Cached cached = cache.get(name);
    if (cached != null
        && cached.modified().equals(attributes.lastModifiedTime())
        && cached.size() == attributes.size()) {
      return Optional.of(cached.summary());
    }
    PlanSummary summary = compute(file, name, attributes);
    cache.put(name, new Cached(attributes.lastModifiedTime(), attributes.size(), summary));
    return Optional.of(summary);
  }

  /** Forgets the plans no longer in the folder. */
  void keepOnly(Collection<String> names) {
    cache.keySet().retainAll(new HashSet<>(names));
  }

  private static PlanSummary compute(Path file, String name, BasicFileAttributes attributes) {
    try {
      ComputedPlan plan = Kehoach.compute(file);
      Header h = plan.header();
      return new PlanSummary(
          name,
          String.join(" ", h.title()),
          plan.model().document().number().isPresent() ? number(h.numberLine()) : "",
          date(h.placeAndDate()),
          0,
          totalsInDong(plan),
          attributes.lastModifiedTime().toInstant());
    } catch (PlanException e) {
      return new PlanSummary(
          name, "", "", "", e.problems().size(), "", attributes.lastModifiedTime().toInstant());
    }
  }

  /**
   * Each budget's grand total in đồng, whatever unit its table is in ("triệu đồng"), as batch's
   * report gives them: "74.580.000", or "1.200.000; 350.000" for a plan of two budgets.
   */
  private static String totalsInDong(ComputedPlan plan) {
    return plan.budgets().values().stream()
        .map(b -> VietnameseNumbers.format(new BigDecimal(b.totalInDong())))
        .collect(Collectors.joining("; "));
  }

  /** "05/KH-UBND" from "Số: 05/KH-UBND". */
  private static String number(String numberLine) {
    int colon = numberLine.indexOf(':');
    return numberLine.substring(colon + 1).strip();
  }

  /** "ngày 07 tháng 5 năm 2024" from "Tây Ninh, ngày 07 tháng 5 năm 2024". */
  private static String date(String placeAndDate) {
    int at = placeAndDate.indexOf("ngày");
    return at < 0 ? placeAndDate : placeAndDate.substring(at);
  }
}
