package kehoach.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import kehoach.cli.Main;

/** One run of the command line, as a user makes it: its exit status and what it printed. */
record Run(int status, String out, String err) {
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  /** The lines printed to the error stream. */
  List<String> lines() {
    return err.isBlank() ? List.of() : List.of(err.strip().split("\n"));
  }

  /** A refusal: exit 2, a message, nothing printed as written, and no stack trace. */
  void refused(String... mentions) {
    assertEquals(2, status, err);
    assertEquals("", out, "nothing is reported as written");
    for (String m : mentions) {
      assertTrue(err.contains(m), "the message names " + m + ": " + err);
    }
    assertNoStackTrace(err);
  }

  static void assertNoStackTrace(String err) {
    assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
  }
}
