/**
 * The decree's layout: fills the FreeMarker templates under {@code templates/} with a computed plan
 * and returns the one intermediate document, restricted XHTML with a class for each part of the
 * decree, that every writer renders.
 *
 * <p>Entry point: {@link kehoach.layout.Layout}. FreeMarker is sandboxed here: output is escaped,
 * {@code ?api} and {@code ?new} are off, and templates load only from the bundled set and the
 * office's overlay folder ({@link kehoach.layout.SandboxConfiguration}); a run is bounded in time,
 * output and nesting ({@link kehoach.layout.TemplateLimits}, {@link kehoach.layout.TemplateRun}),
 * and output that refers to a file or an address is refused ({@link kehoach.layout.References}).
 * Depends on {@code kehoach.plan}; knows nothing of PDF or Word.
 */
package kehoach.layout;
