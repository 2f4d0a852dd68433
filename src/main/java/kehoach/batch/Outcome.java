package kehoach.batch;

import java.util.List;

/**
 * What became of one job: a row of the report.
 *
 * @param input the job's input
 * @param status "ok", "failed" or "skipped" (its outputs were up to date)
 * @param error for a failed job, its problems, one per line, as {@code kehoach check} prints them
 * @param outputs the files, relative to the output folder
 * @param sha256 each output's SHA-256, in the same order
 * @param pages the PDF's page count, or empty
 * @param grandTotal each budget's total in đồng, "74.580.000"; several separated by "; "
 */
public record Outcome(
    String input,
    String status,
    String error,
    List<String> outputs,
    List<String> sha256,
    String pages,
    String grandTotal) {

  public Outcome {
    outputs = List.copyOf(outputs);
    sha256 = List.copyOf(sha256);
  }

  public boolean failed() {
    return status.equals("failed");
  }

  static Outcome failure(String input, String error) {
    return new Outcome(input, "failed", error, List.of(), List.of(), "", "");
  }
}
