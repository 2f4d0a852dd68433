package kehoach.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach check}: validates plan models and prints what they will produce ({@link Check}),
 * as picocli reads its command line when {@link Check#plain} does not.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Checks plan models and prints a summary of each: the document's identity as it will be"
          + " printed, the outline with its numbering, and every budget table with its subtotals,"
          + " grand total and total in words.",
      "A model with problems gets one message per problem (file:line:column: field: what was"
          + " expected) and exit status 2; the first 100 are printed, and the rest counted.",
      "A model that passes renders: check lays the plan out as render does (with --templates,"
          + " the office's templates), short of writing the files."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every model is correct", "2:a model has problems"})
final class CheckCommand implements Callable<Integer> {
  @Mixin ModelFiles models;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only problems, no summary.")
  boolean quiet;

  @Mixin TemplatesOption templates;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Check.run(
        new Check.Arguments(models.paths, quiet, templates.get()),
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
