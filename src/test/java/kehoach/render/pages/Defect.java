package kehoach.render.pages;

/**
 * One layout defect on one page of one PDF.
 *
 * @param page the page number counted from the start of the PDF (not the printed number); 0 when
 *     the defect concerns the whole document
 */
record Defect(Kind kind, String document, int page, String text) {

  /** The classes of defect of issue 8, in its order. */
  enum Kind {
    /** A heading or a table's group row ends a page; what it introduces is on the next. */
    HEADING_AT_PAGE_END("heading at page end"),
    /** A page holds only the signature block (Nơi nhận, signature), or nothing. */
    LONELY_PAGE("page with only the signature, or nothing"),
    /** A first page shows a number, another page shows none, or the wrong one. */
    PAGE_NUMBER("page number"),
    /** Text, or a drawn line, outside the page's text area. */
    OUTSIDE_TEXT_AREA("outside the text area"),
    /** A line break inside a date, a document symbol, a number or a year range. */
    SPLIT_UNIT("line break inside a unit"),
    /** A line drawn twice: at the foot of a page and the top of the next, or twice in place. */
    DUPLICATE_LINE("line extracted twice"),
    /** kehoach's PDF and LibreOffice's rendering of the DOCX paginate differently. */
    PAGINATION("PDF and DOCX paginate differently");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }
  }

  @Override
  public String toString() {
    return document + (page > 0 ? " p" + page : "") + ": " + text;
  }
}
