package kehoach.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one or more files, printed for people (one line per finding, then a count) or as
 * JSON for systems ({@code {"files":[{"file", "findings":[{rule, severity, place, message,
 * expected}]}]}}).
 */
public final class LintReport {
  private LintReport() {}

  /**
   * One linted file and its findings, in the order the rules found them.
   *
   * @param file the file as the user named it
   * @param findings what the rules found
   * @param appendixOf for an appendix in a file of its own, the plan's file it was read with; ""
   */
  public record FileFindings(String file, List<Finding> findings, String appendixOf) {
    public FileFindings {
      findings = List.copyOf(findings);
    }

    public FileFindings(String file, List<Finding> findings) {
      this(file, findings, "");
    }

    /** The file's name as the count line and JSON give it: with the plan an appendix goes with. */
    String named() {
      return appendixOf.isEmpty() ? file : file + " (an appendix of " + appendixOf + ")";
    }
  }

  /**
   * For people: {@code FILE: PLACE: severity [rule] message (expected: …)} per finding, then {@code
   * FILE: N findings (E errors, W warnings).} or {@code FILE: no findings.}
   */
  public static String text(List<FileFindings> files) {
    StringBuilder s = new StringBuilder();
    for (FileFindings f : files) {
      for (Finding finding : f.findings()) {
        s.append(line(f.file(), finding)).append('\n');
      }
      s.append(count(f)).append('\n');
    }
    return s.toString();
  }

  /** One finding as a line. */
  static String line(String file, Finding f) {
    StringBuilder s = new StringBuilder();
    s.append(file)
        .append(": ")
        .append(f.place())
        .append(": ")
        .append(f.severity().word())
        .append(" [")
        .append(f.rule())
        .append("] ")
        .append(f.message());
    if (!f.expected().isEmpty()) {
      s.append(" (expected: ").append(f.expected()).append(')');
    }
    return s.toString();
  }

  private static String count(FileFindings f) {
    if (f.findings().isEmpty()) {
      return f.named() + ": no findings.";
    }
    long errors = f.findings().stream().filter(x -> x.severity() == Severity.ERROR).count();
    long warnings = f.findings().size() - errors;
    return f.named()
        + ": "
        + plural(f.findings().size(), "finding")
        + " ("
        + plural(errors, "error")
        + ", "
        + plural(warnings, "warning")
        + ").";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** For systems: the findings of every file as JSON, places with every field. */
  public static String json(List<FileFindings> files) {
    List<Object> out =
        files.stream()
            .map(
                f -> {
                  Map<String, Object> file = new LinkedHashMap<>();
                  file.put("file", f.file());
                  if (!f.appendixOf().isEmpty()) {
                    file.put("appendixOf", f.appendixOf());
                  }
                  file.put("findings", f.findings().stream().map(LintReport::finding).toList());
                  return (Object) file;
                })
            .toList();
    try {
      return new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(Map.of("files", out));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("findings could not be written as JSON", e);
    }
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", f.rule());
    m.put("severity", f.severity().word());
    Map<String, Object> place = new LinkedHashMap<>();
    place.put("paragraph", f.place().paragraph());
    place.put("words", f.place().words());
    place.put("table", f.place().table());
    place.put("row", f.place().row());
    place.put("column", f.place().column());
    place.put("page", f.place().page());
    m.put("place", place);
    m.put("message", f.message());
    m.put("expected", f.expected());
    return m;
  }
}
