/**
 * Budget arithmetic: item amounts, percentage lines, group subtotals, the grand total, its label
 * ("TỔNG CỘNG (1+2+3)") and its amount in words; and the check that every figure the author stated
 * agrees with the computed one.
 *
 * <p>Amounts are {@link java.math.BigDecimal}, never floating point. The one rounding rule: a
 * computed amount (quantity × unit price, or a percentage) is rounded half-up to a whole đồng; sums
 * of rounded amounts are exact.
 *
 * <p>Entry point: {@link kehoach.budget.BudgetCalculator}. Depends on {@code kehoach.model} and
 * {@code kehoach.vi}.
 */
package kehoach.budget;
