/**
 * Renders plan models to files: computes the plan, fills the layout, and has each writer render the
 * one intermediate document. Output files appear whole or not at all.
 *
 * <p>Entry point: {@link kehoach.render.Renderer}.
 */
package kehoach.render;
