/**
 * {@code kehoach lint}: checks a plan made by anyone, read as a {@link kehoach.word.WordDocument},
 * against NĐ 30/2020/NĐ-CP's form and against its own arithmetic. Each family of rules is one
 * {@link RuleSet}; {@link Lint} runs them all and orders the findings by their place.
 */
package kehoach.lint;
