/**
 * Comparing two versions of a plan, for reviewers: each version, a plan model or a DOCX (one edited
 * by hand in Word included), becomes a list of {@link kehoach.diff.Unit}s, paragraphs and table
 * rows with their place in the document ("II.2.a"); java-diff-utils compares the lists and the
 * words of changed paragraphs; budget tables are compared line by line with their totals.
 *
 * <p>Entry point: {@link kehoach.diff.PlanDiff}.
 */
package kehoach.diff;
