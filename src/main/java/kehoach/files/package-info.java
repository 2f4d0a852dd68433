/**
 * Writing output files safely, one set of rules for every command: a run's outputs are checked
 * before any is written ({@link kehoach.files.Targets}: no two share a name, none is one of the
 * run's inputs), each file is written to a temporary file of kehoach's own beside it and renamed
 * when whole, and a plan's files are replaced together or not at all ({@link
 * kehoach.files.Replacement}). Temporary files are named {@code .kehoach-<target>.<random>.part}
 * and locked while being written, so that a cleaner removes only those a killed run left ({@link
 * kehoach.files.TempFiles}).
 *
 * <p>Depends only on {@code kehoach.model}, for the problems it reports; knows nothing of plans or
 * formats.
 */
package kehoach.files;
