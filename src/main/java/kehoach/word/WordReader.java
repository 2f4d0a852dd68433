package kehoach.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.office.OfficeFile;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a DOCX into a {@link WordDocument}, once {@code OfficeFile} has found the file sound. The
 * parts (document, styles, numbering, theme, headers and footers) are read as DOM with POI's
 * hardened parser and walked in reading order.
 */
public final class WordReader {
  private static final String RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  /** Word's page when a section states none: US Letter, 1 inch by 1.25 inch margins. */
  private static final int[] DEFAULT_PAGE = {12240, 15840, 1440, 1440, 1800, 1800};

  private WordReader() {}

  /** Reads {@code file}; a damaged or foreign file is refused as OfficeFile refuses it. */
  public static WordDocument read(Path file) throws PlanException {
    try (XWPFDocument doc = OfficeFile.word(file)) {
      return read(file, doc.getPackagePart());
    } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Reads DOCX bytes that kehoach rendered itself (a plan model linted as it will print), named
   * {@code file} in what is reported. A file from elsewhere goes through {@link #read(Path)}, which
   * checks it first.
   */
  public static WordDocument read(Path file, byte[] docx) throws PlanException {
    try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      return read(file, doc.getPackagePart());
    } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  private static PlanException unreadable(Path file, Exception e) {
    return new PlanException(
        new Problem(
            Location.ofFile(file.toString()),
            "",
            "cannot be read as a Word document: " + e.getMessage()));
  }

  private static WordDocument read(Path file, PackagePart main)
      throws IOException, SAXException, InvalidFormatException {
    Element document = parse(main);
    Theme theme = Theme.of(related(main, "theme"));
    Styles styles = new Styles(related(main, "styles"), theme);
    Numbering numbering = new Numbering(related(main, "numbering"));
    Element body = Xml.child(document, "body");
    boolean pagesKnown = !Xml.descendants(document, Xml.W, "lastRenderedPageBreak").isEmpty();
    BodyReader reader = new BodyReader(styles, numbering, true, pagesKnown);
    List<Element> sectPrs = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<Block> blocks =
        reader.blocks(
            body,
            (index, sectPr) -> {
              sectPrs.add(sectPr);
              ends.add(index);
            });
    sectPrs.add(Xml.child(body, "sectPr"));
    List<PageSetup> sections = new ArrayList<>();
    for (int s = 0; s < sectPrs.size(); s++) {
      int first = s == 0 ? 0 : ends.get(s - 1) + 1;
      sections.add(page(s, first, sectPrs.get(s)));
    }
    Parts parts = new Parts(main, styles, numbering);
    return new WordDocument(
        file,
        List.copyOf(sections),
        List.copyOf(blocks),
        parts.of(sectPrs, "headerReference"),
        parts.of(sectPrs, "footerReference"),
        notes(main, reader.noteMarks(), styles, numbering),
        reader.textBoxes());
  }

  /**
   * The footnotes and endnotes the body's marks cite, with their text from word/footnotes.xml and
   * word/endnotes.xml, in the order of the marks.
   */
  private static List<WordNote> notes(
      PackagePart main, List<BodyReader.NoteMark> marks, Styles styles, Numbering numbering)
      throws IOException, SAXException, InvalidFormatException {
    if (marks.isEmpty()) {
      return List.of();
    }
    Map<String, String> texts = new HashMap<>();
    for (String kind : List.of("footnote", "endnote")) {
      Element part = related(main, kind + "s");
      for (Element note : Xml.children(part, kind)) {
        BodyReader reader = new BodyReader(styles, numbering, false, false);
        List<String> lines =
            reader.blocks(note, (i, s) -> {}).stream()
                .flatMap(Block::paragraphs)
                .map(WordParagraph::text)
                .filter(t -> !t.isEmpty())
                .toList();
        texts.put(kind + ":" + Xml.attr(note, "id"), String.join(" ", lines));
      }
    }
    return marks.stream()
        .map(
            m ->
                new WordNote(
                    m.kind(),
                    m.id(),
                    m.paragraph(),
                    m.offset(),
                    texts.getOrDefault(m.kind() + ":" + m.id(), "")))
        .toList();
  }

  private static PageSetup page(int section, int firstBlock, Element sectPr) {
    Element size = Xml.child(sectPr, "pgSz");
    Element margins = Xml.child(sectPr, "pgMar");
    int w = Xml.integer(size, "w", DEFAULT_PAGE[0]);
    int h = Xml.integer(size, "h", DEFAULT_PAGE[1]);
    boolean landscape = Xml.attr(size, "orient").equals("landscape") || w > h;
    return new PageSetup(
        section,
        firstBlock,
        Xml.mm(w),
        Xml.mm(h),
        Xml.mm(Math.abs(Xml.integer(margins, "top", DEFAULT_PAGE[2]))),
        Xml.mm(Math.abs(Xml.integer(margins, "bottom", DEFAULT_PAGE[3]))),
        Xml.mm(Xml.integer(margins, "left", DEFAULT_PAGE[4])),
        Xml.mm(Xml.integer(margins, "right", DEFAULT_PAGE[5])),
        landscape,
        Xml.onOff(sectPr, "titlePg").orElse(false));
  }

  /**
   * The headers or footers of each section. A section that names none of a kind uses the previous
   * section's, as Word does.
   */
  private record Parts(PackagePart main, Styles styles, Numbering numbering) {
    List<HeaderFooter> of(List<Element> sectPrs, String reference)
        throws IOException, SAXException, InvalidFormatException {
      List<HeaderFooter> out = new ArrayList<>();
      Map<String, String> inherited = new LinkedHashMap<>();
      Map<String, Element> cache = new HashMap<>();
      for (int s = 0; s < sectPrs.size(); s++) {
        for (Element ref : Xml.children(sectPrs.get(s), reference)) {
          String kind = Xml.attr(ref, "type");
          inherited.put(kind.isEmpty() ? "default" : kind, ref.getAttributeNS(Xml.R, "id"));
        }
        for (var e : inherited.entrySet()) {
          Element root = cache.get(e.getValue());
          if (root == null) {
            root = part(e.getValue());
            cache.put(e.getValue(), root);
          }
          if (root != null) {
            out.add(headerFooter(s, e.getKey(), root));
          }
        }
      }
      return List.copyOf(out);
    }

    private Element part(String id) throws IOException, SAXException, InvalidFormatException {
      PackageRelationship rel = main.getRelationship(id);
      if (rel == null) {
        return null;
      }
      PackagePart part = main.getRelatedPart(rel);
      return part == null ? null : parse(part);
    }

    private HeaderFooter headerFooter(int section, String kind, Element root) {
      BodyReader reader = new BodyReader(styles, numbering, false, false);
      List<WordParagraph> paragraphs =
          reader.blocks(root, (i, s) -> {}).stream().flatMap(Block::paragraphs).toList();
      String align = "";
      double size = 0;
      boolean page = false;
      for (Element instr : Xml.descendants(root, Xml.W, "instrText")) {
        if (BodyReader.PAGE_FIELD.matcher(instr.getTextContent()).find()) {
          page = true;
          align = alignmentAround(reader, instr);
          size = sizeAround(reader, instr);
          break;
        }
      }
      for (Element simple : Xml.descendants(root, Xml.W, "fldSimple")) {
        if (!page && BodyReader.PAGE_FIELD.matcher(Xml.attr(simple, "instr")).find()) {
          page = true;
          align = alignmentAround(reader, simple);
          size = sizeAround(reader, simple);
        }
      }
      return new HeaderFooter(section, kind, paragraphs, page, align, size);
    }

    private static double sizeAround(BodyReader reader, Element e) {
      for (var n = e.getParentNode(); n != null; n = n.getParentNode()) {
        if (Xml.is(n, "p")) {
          return reader.fieldSizePt((Element) n, e);
        }
      }
      return 0;
    }

    private static String alignmentAround(BodyReader reader, Element e) {
      for (var n = e.getParentNode(); n != null; n = n.getParentNode()) {
        if (Xml.is(n, "p")) {
          return reader.fieldAlignment((Element) n, e);
        }
      }
      return "";
    }
  }

  /** The root of the part {@code main} relates to by type {@code type}, or null. */
  private static Element related(PackagePart main, String type)
      throws IOException, SAXException, InvalidFormatException {
    for (PackageRelationship rel : main.getRelationshipsByType(RELS + type)) {
      PackagePart part = main.getRelatedPart(rel);
      if (part != null) {
        return parse(part);
      }
    }
    return null;
  }

  private static Element parse(PackagePart part) throws IOException, SAXException {
    try (InputStream in = part.getInputStream()) {
      return DocumentHelper.readDocument(in).getDocumentElement();
    }
  }
}
