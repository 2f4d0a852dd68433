package kehoach.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The XMP metadata of a PDF/A-2b file, written here because OpenPDF's own XMP claims PDF/A-1 only.
 * Every property is from a schema PDF/A-2 predefines (Dublin Core, XMP basic, Adobe PDF, PDF/A
 * identification, paged text), so the packet needs no extension schema. The packet carries no
 * identifier or time of its own making, so the same document gives the same bytes.
 */
final class XmpPacket {
  /** The PDF/A identification's part, as the packet writes it. */
  static final String PART = "<pdfaid:part>2</pdfaid:part>";

  /** Room left for a signing or archiving tool to add properties without rewriting the file. */
  private static final int PADDING_LINES = 20;

  private XmpPacket() {}

  /**
   * @param stamp the document's timestamp, as its information dictionary dates it
   * @param pages how many pages the file has
   */
  static byte[] of(ArchiveInfo info, String producer, Instant stamp, int pages) {
    String date = stamp.truncatedTo(ChronoUnit.SECONDS).toString();
    StringBuilder x = new StringBuilder();
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    description(x, "pdfaid", "http://www.aiim.org/pdfa/ns/id/");
    x.append(PART).append("\n<pdfaid:conformance>B</pdfaid:conformance>\n");
    x.append("</rdf:Description>\n");
    description(x, "dc", "http://purl.org/dc/elements/1.1/");
    x.append("<dc:format>application/pdf</dc:format>\n");
    alt(x, "dc:title", info.title());
    array(x, "dc:creator", "Seq", List.of(info.author()));
    alt(x, "dc:description", info.subject());
    array(x, "dc:subject", "Bag", info.keywords());
    simple(x, "dc:identifier", info.identifier());
    array(x, "dc:date", "Seq", info.date().isEmpty() ? List.of() : List.of(info.date()));
    array(x, "dc:language", "Bag", List.of(info.language()));
    x.append("</rdf:Description>\n");
    description(x, "xmp", "http://ns.adobe.com/xap/1.0/");
    simple(x, "xmp:CreateDate", date);
    simple(x, "xmp:ModifyDate", date);
    x.append("</rdf:Description>\n");
    description(x, "pdf", "http://ns.adobe.com/pdf/1.3/");
    simple(x, "pdf:Producer", producer);
    simple(x, "pdf:Keywords", keywords(info));
    x.append("</rdf:Description>\n");
    description(x, "xmpTPg", "http://ns.adobe.com/xap/1.0/t/pg/");
    simple(x, "xmpTPg:NPages", Integer.toString(pages));
    x.append("</rdf:Description>\n");
    x.append("</rdf:RDF>\n</x:xmpmeta>\n");
    x.append((" ".repeat(99) + "\n").repeat(PADDING_LINES));
    x.append("<?xpacket end=\"w\"?>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The keywords as the information dictionary's {@code /Keywords} has them. */
  static String keywords(ArchiveInfo info) {
    return String.join(", ", info.keywords());
  }

  private static void description(StringBuilder x, String prefix, String namespace) {
    x.append("<rdf:Description rdf:about=\"\" xmlns:")
        .append(prefix)
        .append("=\"")
        .append(namespace)
        .append("\">\n");
  }

  /** A text property, left out when empty. */
  private static void simple(StringBuilder x, String name, String value) {
    if (!value.isEmpty()) {
      x.append('<').append(name).append('>').append(escape(value));
      x.append("</").append(name).append(">\n");
    }
  }

  /** A language alternative with its default only, left out when empty. */
  private static void alt(StringBuilder x, String name, String value) {
    if (!value.isEmpty()) {
      x.append('<').append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">");
      x.append(escape(value)).append("</rdf:li></rdf:Alt></").append(name).append(">\n");
    }
  }

  /** An ordered ({@code Seq}) or unordered ({@code Bag}) array, left out when empty. */
  private static void array(StringBuilder x, String name, String kind, List<String> values) {
    List<String> present = values.stream().filter(v -> !v.isEmpty()).toList();
    if (present.isEmpty()) {
      return;
    }
    x.append('<').append(name).append("><rdf:").append(kind).append('>');
    for (String v : present) {
      x.append("<rdf:li>").append(escape(v)).append("</rdf:li>");
    }
    x.append("</rdf:").append(kind).append("></").append(name).append(">\n");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
