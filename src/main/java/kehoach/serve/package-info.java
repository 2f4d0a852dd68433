/**
 * {@code kehoach serve}: the HTTP server behind the clerks' page and the API for office systems.
 * Routes turn requests into calls of the facade ({@link kehoach.Kehoach}, {@link
 * kehoach.render.Renderer}), {@link kehoach.diff}, {@link kehoach.batch}, {@link kehoach.excel} and
 * {@link kehoach.workspace}, and their answers, a {@link kehoach.model.PlanException} included,
 * into JSON or files. It sits above those packages, as {@link kehoach.cli} does, and holds no state
 * of its own apart from the workspace's files, so several instances can share one workspace.
 *
 * <p>It must not depend on the writers' or the layout's internals, nor on {@link kehoach.cli} (the
 * command starts the server, not the other way round); nothing in kehoach depends on it but {@code
 * cli.ServeCommand}. No HTTP type leaves this package.
 */
package kehoach.serve;
