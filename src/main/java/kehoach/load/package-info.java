/**
 * Reading a plan model from YAML or JSON into {@code kehoach.model} records, with the line and
 * column of every field, and every problem found reported at once.
 *
 * <p>Entry point: {@link kehoach.load.PlanLoader}. Depends on {@code kehoach.model} and {@code
 * kehoach.vi}; no arithmetic and no printed forms here.
 */
package kehoach.load;
