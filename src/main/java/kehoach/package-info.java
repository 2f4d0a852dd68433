/**
 * kehoach drafts Vietnamese official plans (kế hoạch) from a structured model. {@link
 * kehoach.Kehoach} is the facade a Java caller uses without the command line.
 *
 * <p>The stages, each a package: {@code load} (YAML/JSON to {@code model}), {@code budget} (the
 * arithmetic), {@code plan} (numbering and printed forms), with {@code vi} for the Vietnamese
 * language rules they share, and {@code cli} on top.
 */
package kehoach;
