/**
 * {@code kehoach import}: a Word plan ({@link kehoach.word.WordDocument}, as {@code kehoach.word}
 * reads it) turned into a plan model written as YAML in the samples' style. It reads the header,
 * căn cứ, the sections by the levels of their typed or automatic numbers, tables and budgets, Nơi
 * nhận, the signature and the appendices; what fits no field (a chú thích, a text box, a line of
 * the signature block) is kept as text and reported, a "DỰ THẢO" stamp sets the draft flag.
 *
 * <p>Entry point: {@link kehoach.wordimport.WordImport}. It depends on {@code word} (reading),
 * {@code vi} (numbers) and {@code load} (YAML quoting), and on nothing that renders: the model it
 * writes is checked and rendered by the ordinary pipeline.
 */
package kehoach.wordimport;
