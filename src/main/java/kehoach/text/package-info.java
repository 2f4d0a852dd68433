/**
 * Writes the intermediate XHTML document as plain text in reading order, tables as aligned rows:
 * for reviewers, for diffs and for tests. Knows nothing of plans.
 */
package kehoach.text;
