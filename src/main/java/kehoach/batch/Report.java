package kehoach.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kehoach.files.Replacement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The batch report: one row per input. */
public final class Report {
  /** The columns of report.csv. */
  public static final List<String> COLUMNS =
      List.of("input", "status", "error", "outputs", "sha256", "pages", "grand_total");

  private static final String CSV = "report.csv";
  private static final String JSON = "report.json";

  private Report() {}

  /** Writes {@code out/report.csv}, and {@code out/report.json} when asked. */
  public static void write(Path out, List<Outcome> outcomes, boolean json) throws IOException {
    StringWriter csv = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(
            csv, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build())) {
      for (Outcome o : outcomes) {
        printer.printRecord(
            o.input(),
            o.status(),
            o.error(),
            String.join(";", o.outputs()),
            String.join(";", o.sha256()),
            o.pages(),
            o.grandTotal());
      }
    }
    List<Replacement.Output> files = new ArrayList<>();
    files.add(
        new Replacement.Output(out.resolve(CSV), csv.toString().getBytes(StandardCharsets.UTF_8)));
    if (json) {
      byte[] data = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(outcomes);
      files.add(new Replacement.Output(out.resolve(JSON), data));
    }
    Replacement.all(files);
  }

  /** The names of the report's files in the output folder. */
  public static List<String> files(boolean json) {
    return json ? List.of(CSV, JSON) : List.of(CSV);
  }
}
