package kehoach.docx;

/** WordprocessingML names and escaping. */
final class Wml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** Twips in a millimetre. */
  static final double TWIPS_PER_MM = 1440 / 25.4;

  private Wml() {}

  static int twips(double mm) {
    return (int) Math.round(mm * TWIPS_PER_MM);
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
