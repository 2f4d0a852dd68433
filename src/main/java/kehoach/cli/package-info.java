/**
 * The command line: one class per command, options documented in their annotations so that {@code
 * --help} is the manual. Turns a {@link kehoach.model.PlanException} into one message per problem
 * and exit status 2; any other exception is a bug and is shown as one.
 *
 * <p>Depends on the facade {@link kehoach.Kehoach} and the computed plan; nothing else depends on
 * it.
 */
package kehoach.cli;
