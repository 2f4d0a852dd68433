/**
 * The laid-out pages as SVG, for the live preview of {@code kehoach serve}: the same pages, text at
 * the same places in the same font as the PDF draws them ({@link kehoach.pages.PageLayout} decides
 * both), but drawn by the browser itself with the bundled font it loads once, instead of a PDF
 * parsed and rasterised again on every keystroke.
 */
package kehoach.svg;
