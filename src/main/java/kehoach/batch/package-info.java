/**
 * Rendering many plans at once: every model found in files and folders, or one base model with a
 * table of variants; in parallel, with progress, a report, and one bad plan never stopping the
 * others.
 *
 * <p>Entry point: {@link kehoach.batch.Batch}. Depends on {@code kehoach.render} and the model
 * loader; writers know nothing of batches.
 */
package kehoach.batch;
