package kehoach.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * The font streams of a PDF deflated once per JVM for each content they have. Every PDF embeds a
 * subset of each face it uses, and deflating those subsets was the largest single cost of a warm
 * model → PDF (issue 14); the plans of a batch, and a server's renders of one plan as it is edited,
 * mostly use the same glyphs, so the same subsets.
 *
 * <p>The layout's faces ({@link kehoach.pages.Typeface}) have OpenPDF store their streams (zlib's
 * level 0, a copy); the {@link Writer} here deflates each such stream at level 1, as OpenPDF did
 * before, or takes the bytes it deflated before for the same content. The output is the same bytes
 * as when OpenPDF deflated the streams itself.
 */
final class FontStreams {
  /** The level the fonts' streams are deflated at: level 1, 4 % more bytes than 6 for 5 ms less. */
  private static final int LEVEL = 1;

  /** How many bytes of streams, stored and deflated, are kept: a few plans' four subsets. */
  private static final long KEPT_BYTES = 16L << 20;

  private static final Map<Stored, byte[]> DEFLATED = new LinkedHashMap<>(64, 0.75f, true);
  private static long keptBytes;

  private FontStreams() {}

  /**
   * A writer like {@link com.lowagie.text.pdf.PdfWriter#getInstance(Document, OutputStream)}'s,
   * whose fonts' stored streams are deflated through this cache.
   */
  static com.lowagie.text.pdf.PdfWriter writer(Document document, OutputStream out)
      throws com.lowagie.text.DocumentException {
    PdfDocument pdf = new PdfDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    Writer writer = new Writer(pdf, out);
    pdf.addWriter(writer);
    return writer;
  }

  /** OpenPDF's writer, deflating the stored streams it adds while it writes the fonts. */
  private static final class Writer extends com.lowagie.text.pdf.PdfWriter {
    private boolean sharedObjects;

    Writer(PdfDocument document, OutputStream out) {
      super(document, out);
    }

    @Override
    protected void addSharedObjectsToBody() throws IOException {
      // the fonts are written here, when the document closes
      sharedObjects = true;
      try {
        super.addSharedObjectsToBody();
      } finally {
        sharedObjects = false;
      }
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
      if (sharedObjects && object instanceof PdfStream stream) {
        return super.addToBody(deflated(stream));
      }
      return super.addToBody(object);
    }
  }

  /**
   * {@code stream} deflated at {@link #LEVEL} when its content is zlib's level 0 (stored blocks,
   * which only the layout's faces make), else {@code stream} itself.
   */
  static PdfStream deflated(PdfStream stream) throws IOException {
    if (!PdfName.FLATEDECODE.equals(stream.get(PdfName.FILTER))) {
      return stream;
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    stream.writeContent(content);
    byte[] zlib = content.toByteArray();
    if (!stored(zlib)) {
      return stream;
    }
    Stored key = new Stored(zlib);
    byte[] deflated;
    synchronized (DEFLATED) {
      deflated = DEFLATED.get(key);
    }
    if (deflated == null) {
      deflated = deflate(inflate(zlib));
      keep(key, deflated);
    }
    Deflated out = new Deflated(deflated);
    for (PdfName name : stream.getKeys()) {
      if (!PdfName.LENGTH.equals(name)) {
        out.put(name, stream.get(name));
      }
    }
    out.put(PdfName.LENGTH, new PdfNumber(deflated.length));
    return out;
  }

  /**
   * Whether {@code zlib} is a zlib stream whose first block is stored: a header of the fastest
   * levels ({@code 78 01}) and a first block of type 0.
   */
  private static boolean stored(byte[] zlib) {
    return zlib.length > 2
        && (zlib[0] & 0xff) == 0x78
        && (zlib[1] & 0xff) == 0x01
        && (zlib[2] & 0x06) == 0;
  }

  private static void keep(Stored key, byte[] deflated) {
    synchronized (DEFLATED) {
      if (DEFLATED.put(key, deflated) == null) {
        keptBytes += key.bytes.length + deflated.length;
      }
      var eldest = DEFLATED.entrySet().iterator();
      while (keptBytes > KEPT_BYTES && eldest.hasNext()) {
        var e = eldest.next();
        keptBytes -= e.getKey().bytes.length + e.getValue().length;
        eldest.remove();
      }
    }
  }

  private static byte[] inflate(byte[] zlib) throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(zlib);
      ByteArrayOutputStream raw = new ByteArrayOutputStream(zlib.length);
      byte[] buffer = new byte[zlib.length];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("a font stream of the PDF is not a whole zlib stream");
        }
        raw.write(buffer, 0, n);
      }
      return raw.toByteArray();
    } catch (DataFormatException e) {
      throw new IOException("a font stream of the PDF is not a zlib stream", e);
    } finally {
      inflater.end();
    }
  }

  /** {@code raw} deflated as OpenPDF's {@code PdfStream.flateCompress} deflates a stream. */
  private static byte[] deflate(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(LEVEL);
    try (DeflaterOutputStream zip = new DeflaterOutputStream(out, deflater)) {
      zip.write(raw);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  /** A stored stream's bytes as a key: compared whole, hashed by their CRC-32. */
  private static final class Stored {
    final byte[] bytes;
    private final int hash;

    Stored(byte[] bytes) {
      this.bytes = bytes;
      CRC32 crc = new CRC32();
      crc.update(bytes);
      this.hash = (int) crc.getValue() ^ bytes.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Stored s && s.hash == hash && Arrays.equals(s.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** A stream whose bytes are already deflated. */
  private static final class Deflated extends PdfStream {
    Deflated(byte[] deflated) {
      super(deflated);
      compressed = true;
    }
  }
}
