package kehoach.pages;

import java.util.List;

/**
 * A document laid out once, for every writer that needs its layout: the pages the PDF draws and the
 * decisions the DOCX repeats for Word (which rows split, the columns' widths, page breaks). {@code
 * render} of both formats lays the pages out once and hands each writer its part (issue 14). The
 * decisions name the elements of the document that was laid out: the DOCX must write that very
 * document, not a copy.
 */
public record LaidOut(List<Page> pages, Layouts decisions) {
  public LaidOut {
    pages = List.copyOf(pages);
  }
}
