/**
 * Budget tables in Excel, for accountants: export every budget table of a plan as a sheet with live
 * formulas, and import such a sheet back into the plan model's YAML, changing nothing else in the
 * file.
 *
 * <p>Any table of a plan (task tables, data tables) goes the same way, laid out as printed with
 * merged cells merged, and comes back from a sheet or CSV file an office made by hand.
 *
 * <p>Entry points: {@link kehoach.excel.BudgetExport} and {@link kehoach.excel.BudgetImport};
 * {@link kehoach.excel.TableExport} and {@link kehoach.excel.TableImport}.
 */
package kehoach.excel;
