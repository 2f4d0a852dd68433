package kehoach.render;

import java.util.Locale;

/** The output formats. */
public enum Format {
  DOCX,
  PDF,
  TXT;

  /** The file extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
