/**
 * The computed plan: everything a template places, already worked out. Numbering of mục, khoản and
 * điểm; text with its bold and italic runs and its placeholders ({@code ${total}}) filled in; the
 * printed forms of the number, date, signature and recipients; every table as a grid of printed
 * cells with its totals.
 *
 * <p>Entry point: {@link kehoach.plan.Planner}. Templates see only this package's records, so they
 * never do arithmetic. Depends on {@code kehoach.model}, {@code kehoach.budget} and {@code
 * kehoach.vi}; knows nothing of FreeMarker, Word or PDF.
 */
package kehoach.plan;
