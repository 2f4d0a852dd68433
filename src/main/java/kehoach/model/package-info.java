/**
 * The plan model: what a clerk describes in YAML or JSON, as immutable records, and the one
 * user-facing error type, {@link kehoach.model.PlanException}, with the {@link
 * kehoach.model.Problem}s it carries.
 *
 * <p>The model holds what was written, nothing computed: no numbering, no totals, no printed forms.
 * What it does say is how numbers follow from what was written ({@link
 * kehoach.model.Block.Numbering}, and {@link kehoach.model.RowNumbers} for the rows of a table), so
 * that the budget and the plan, which both number rows, number them alike; and where a table's
 * merged cells reach ({@link kehoach.model.CellSpans}), so that the loader, which reports a cell
 * written where a merged cell is, and the plan, which prints each cell once, agree. It depends only
 * on {@code kehoach.vi} and knows nothing of YAML, FreeMarker, Word or PDF.
 */
package kehoach.model;
