package kehoach.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;

/**
 * The PDF/A output intent: the colours of the page (black text and rules, in DeviceGray) are meant
 * for an sRGB screen. PDF/A allows device colours only with an output intent (ISO 19005-2,
 * 6.2.4.3). Written here rather than with OpenPDF's {@code setOutputIntents}, which marks the
 * intent PDF/X unless the file claims PDF/A-1.
 */
final class OutputIntent {
  /** The ICC's registry, where the condition is named. */
  private static final String REGISTRY = "http://www.color.org";

  private OutputIntent() {}

  static void srgb(PdfWriter writer) throws IOException {
    PdfStream profile = new PdfStream(SrgbProfile.bytes());
    profile.put(PdfName.N, new PdfNumber(3));
    profile.flateCompress(writer.getCompressionLevel());
    PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
    intent.put(PdfName.S, PdfName.GTS_PDFA1);
    intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SrgbProfile.NAME));
    intent.put(PdfName.INFO, new PdfString(SrgbProfile.NAME));
    intent.put(PdfName.REGISTRYNAME, new PdfString(REGISTRY));
    intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
    writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
  }
}
