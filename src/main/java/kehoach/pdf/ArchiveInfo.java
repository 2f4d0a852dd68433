package kehoach.pdf;

import java.util.List;

/**
 * What a PDF/A file says of its document, in its information dictionary and its XMP metadata alike
 * (so that the two agree, as PDF/A asks). The writer knows nothing of plans: the caller fills it.
 *
 * @param title the document's title (XMP {@code dc:title}, Info {@code /Title})
 * @param author who issues it (XMP {@code dc:creator}, Info {@code /Author})
 * @param subject what it is about, in a sentence (XMP {@code dc:description}, Info {@code
 *     /Subject}); may be empty
 * @param keywords XMP {@code dc:subject} and {@code pdf:Keywords}, Info {@code /Keywords}; may be
 *     empty
 * @param identifier the document's number as issued (XMP {@code dc:identifier}), or empty while it
 *     has none
 * @param date the document's date in ISO form, whole or partial ("2024-05-07", "2024-04"), or empty
 *     (XMP {@code dc:date})
 * @param language its language, "vi" (XMP {@code dc:language})
 */
public record ArchiveInfo(
    String title,
    String author,
    String subject,
    List<String> keywords,
    String identifier,
    String date,
    String language) {
  public ArchiveInfo {
    keywords = List.copyOf(keywords);
  }
}
