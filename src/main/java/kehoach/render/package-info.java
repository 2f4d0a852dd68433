/**
 * Renders plan models to files: computes the plan, fills the layout, and has each writer render the
 * one intermediate document. Output files appear whole or not at all, a plan's formats are replaced
 * together, and no output is ever one of the inputs ({@code kehoach.files} keeps these rules).
 *
 * <p>Entry point: {@link kehoach.render.Renderer}.
 */
package kehoach.render;
