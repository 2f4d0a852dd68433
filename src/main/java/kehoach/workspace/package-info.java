/**
 * The workspace of {@code kehoach serve}: a folder of plan models with, in hidden folders, each
 * plan's earlier versions ({@code .history/}) and the deleted plans ({@code .bin/}); saves that are
 * whole or not at all and refused when the plan changed meanwhile; the bundled starters; and form
 * edits that change only the fields edited.
 *
 * <p>Entry point: {@link kehoach.workspace.Workspace}. Sits above {@code kehoach.load} and {@code
 * kehoach.render}, like {@code kehoach.batch}; knows nothing of HTTP.
 */
package kehoach.workspace;
