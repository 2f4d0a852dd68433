/**
 * Budget tables in Excel, for accountants: export every budget table of a plan as a sheet with live
 * formulas, and import such a sheet back into the plan model's YAML, changing nothing else in the
 * file.
 *
 * <p>Entry points: {@link kehoach.excel.BudgetExport} and {@link kehoach.excel.BudgetImport}.
 */
package kehoach.excel;
