package kehoach.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.document.Reproducible;
import kehoach.plan.ComputedPlan;
import kehoach.render.Format;
import kehoach.render.Metadata;
import kehoach.render.RenderOptions;
import kehoach.render.Renderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 13, item 1: {@code --pdf-a} writes PDF/A-2b that veraPDF, the reference validator, passes
 * with no failed rule, on every sample; its XMP metadata says what the document's information
 * dictionary and the printed page say; and a plain PDF claims nothing.
 */
class PdfATest {
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";
  private static final String XMP = "http://ns.adobe.com/xap/1.0/";
  private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
  private static final Path NINH_THUAN = Path.of("samples/ninh-thuan-2024.yaml");

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("samples"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySamplePassesVeraPdfsPdfA2bProfile(Path sample) throws Exception {
    byte[] pdf = archival(Kehoach.compute(sample));
    List<String> failed = failedRules(pdf);
    assertTrue(failed.isEmpty(), sample + " breaks PDF/A-2B:\n" + String.join("\n", failed));
  }

  /**
   * Issue 13, item 2: issued electronically, with empty signature fields on its signature areas
   * (docs/electronic.md), every sample is still PDF/A-2b.
   */
  @ParameterizedTest
  @MethodSource("samples")
  void everySampleIssuedElectronicallyWithSignatureFieldsPasses(Path sample) throws Exception {
    RenderOptions options =
        new RenderOptions(
            true, RenderOptions.Issue.ELECTRONIC, true, RenderOptions.Appendices.TOGETHER);
    byte[] pdf = plainRenderer().with(options).bytes(Kehoach.compute(sample), Format.PDF);
    assertTrue(
        new String(pdf, StandardCharsets.ISO_8859_1).contains("/Sig"), "the fields are there");
    List<String> failed = failedRules(pdf);
    assertTrue(failed.isEmpty(), sample + " breaks PDF/A-2B:\n" + String.join("\n", failed));
  }

  /**
   * Issue 13, item 2: appendices issued as files of their own (docs/electronic.md), each with its
   * signature field for the văn thư: every file of every sample with appendices is PDF/A-2b.
   */
  @ParameterizedTest
  @MethodSource("samples")
  void everyAppendixInAFileOfItsOwnPasses(Path sample) throws Exception {
    ComputedPlan plan = Kehoach.compute(sample);
    RenderOptions options =
        new RenderOptions(
            true, RenderOptions.Issue.ELECTRONIC, true, RenderOptions.Appendices.SEPARATE);
    Path folder = Files.createTempDirectory("kehoach-pdfa-");
    try {
      List<Path> files =
          plainRenderer().with(options).render(plan, "plan", Set.of(Format.PDF), folder);
      assertEquals(1 + plan.appendices().size(), files.size(), sample.toString());
      for (Path file : files) {
        List<String> failed = failedRules(Files.readAllBytes(file));
        assertTrue(failed.isEmpty(), file + " breaks PDF/A-2B:\n" + String.join("\n", failed));
      }
    } finally {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(folder);
    }
  }

  @Test
  void aPlainPdfClaimsNoConformance() throws Exception {
    byte[] pdf = Renderer.bytes(plainRenderer().document(Kehoach.compute(NINH_THUAN)), Format.PDF);
    assertFalse(
        new String(pdf, StandardCharsets.ISO_8859_1).contains("pdfaid"),
        "a PDF written without --pdf-a must not claim PDF/A");
    assertFalse(failedRules(pdf).isEmpty(), "the plain PDF is not PDF/A (the check can fail)");
  }

  @Test
  void theXmpSaysWhatTheDocumentAndItsInformationSay() throws Exception {
    ComputedPlan plan = Kehoach.compute(NINH_THUAN);
    byte[] pdf = archival(plan);
    PdfReader reader = new PdfReader(pdf);
    try {
      Metadata metadata = Metadata.of(plan, reader.getNumberOfPages());
      Document xmp = xml(reader.getMetadata());
      Map<String, String> info = reader.getInfo();
      assertEquals("2", text(xmp, PDFAID, "part"));
      assertEquals("B", text(xmp, PDFAID, "conformance"));
      assertEquals(metadata.subject(), text(xmp, DC, "title"), "dc:title is the trích yếu");
      assertEquals(metadata.organName(), text(xmp, DC, "creator"), "dc:creator is the agency");
      assertEquals(metadata.subject(), info.get("Title"));
      assertEquals(metadata.organName(), info.get("Author"));
      assertEquals(info.get("Subject"), text(xmp, DC, "description"));
      assertEquals(metadata.issuedDate(), text(xmp, DC, "date"), "the document's date");
      assertEquals(metadata.language(), text(xmp, DC, "language"));
      Instant created = Instant.parse(text(xmp, XMP, "CreateDate"));
      assertEquals(Reproducible.timestamp(metadata.issuedDate()), created, "the plan's stamp");
      assertEquals(PdfDate.decode(info.get("CreationDate")).toInstant(), created);
      assertEquals(PdfDate.decode(info.get("ModDate")).toInstant(), created);
      assertEquals(created, Instant.parse(text(xmp, XMP, "ModifyDate")));
      assertEquals(info.get("Producer"), text(xmp, PDF, "Producer"));
      assertEquals(
          Integer.toString(metadata.pageCount()),
          text(xmp, "http://ns.adobe.com/xap/1.0/t/pg/", "NPages"));
      assertFalse(reader.isEncrypted());
    } finally {
      reader.close();
    }
  }

  @Test
  void aNumberedDocumentCarriesItsNumberAsItsIdentifier() throws Exception {
    ComputedPlan plan = Kehoach.compute("numbered.yaml", Models.minimal());
    PdfReader reader = new PdfReader(archival(plan));
    try {
      Metadata metadata = Metadata.of(plan, reader.getNumberOfPages());
      assertFalse(metadata.codeNumber().isEmpty(), "the minimal model has a number");
      assertEquals(
          metadata.codeNumber() + "/" + metadata.notation(),
          text(xml(reader.getMetadata()), DC, "identifier"));
    } finally {
      reader.close();
    }
  }

  @Test
  void theSamePlanGivesTheSameBytes() throws Exception {
    assertArrayEquals(archival(Kehoach.compute(NINH_THUAN)), archival(Kehoach.compute(NINH_THUAN)));
  }

  private static byte[] archival(ComputedPlan plan) throws Exception {
    return plainRenderer().with(RenderOptions.DEFAULT.withPdfA(true)).bytes(plan, Format.PDF);
  }

  private static Renderer plainRenderer() throws Exception {
    return new Renderer(Optional.empty());
  }

  /**
   * Each rule of PDF/A-2B the file breaks, once, with veraPDF's words, how often and where first.
   */
  static List<String> failedRules(byte[] pdf) throws Exception {
    PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, List<TestAssertion>> byRule = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
          byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(a);
        }
      }
      List<String> failed = new ArrayList<>();
      byRule.forEach(
          (rule, all) ->
              failed.add(
                  rule
                      + " ("
                      + all.size()
                      + "×): "
                      + all.get(0).getMessage()
                      + "\n    first at "
                      + all.get(0).getLocation().getContext()));
      if (failed.isEmpty() && !result.isCompliant()) {
        failed.add("not compliant: " + result.getFailedChecks());
      }
      return failed;
    }
  }

  private static Document xml(byte[] bytes) throws Exception {
    assertTrue(bytes != null, "the PDF has XMP metadata");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  /**
   * The text of the property {@code ns:name}, written as an attribute or an element; of its first
   * {@code rdf:li} when it is an array.
   */
  private static String text(Document xmp, String ns, String name) {
    NodeList descriptions = xmp.getElementsByTagNameNS(RDF, "Description");
    for (int i = 0; i < descriptions.getLength(); i++) {
      Element d = (Element) descriptions.item(i);
      if (d.hasAttributeNS(ns, name)) {
        return d.getAttributeNS(ns, name);
      }
    }
    NodeList found = xmp.getElementsByTagNameNS(ns, name);
    if (found.getLength() == 0) {
      return "(missing " + name + ")";
    }
    Element property = (Element) found.item(0);
    NodeList items = property.getElementsByTagNameNS(RDF, "li");
    return (items.getLength() > 0 ? items.item(0) : property).getTextContent();
  }
}
