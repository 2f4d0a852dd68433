package kehoach.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a package as docx4j saved it so that it is the same byte for byte every time: entries in
 * the order docx4j wrote them, every entry stamped with the document's timestamp, and the namespace
 * declarations on each part's root element (which JAXB writes in an order that changes from run to
 * run) sorted.
 */
final class ReproducibleZip {
  private static final Pattern ROOT =
      Pattern.compile("<(?!\\?)([A-Za-z0-9:]+)((?:\\s+[^\\s=>/]+=\"[^\"]*\")*)\\s*(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=]+)=\"([^\"]*)\"");

  private ReproducibleZip() {}

  static byte[] rewrite(byte[] docx, Instant timestamp) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Zip stores local times; writing the UTC clock time as it is keeps the bytes independent of
    // the machine's time zone.
    LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          content =
              sortRootNamespaces(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry entry = new ZipEntry(e.getName());
        entry.setTimeLocal(time);
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * The root element's namespace declarations in order of their prefixes; other attributes after.
   */
  static String sortRootNamespaces(String xml) {
    Matcher root = ROOT.matcher(xml);
    if (!root.find()) {
      return xml;
    }
    List<String> namespaces = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Matcher a = ATTRIBUTE.matcher(root.group(2));
    while (a.find()) {
      (a.group(1).startsWith("xmlns") ? namespaces : others).add(a.group());
    }
    namespaces.sort(null);
    StringBuilder tag = new StringBuilder("<").append(root.group(1));
    namespaces.forEach(n -> tag.append(' ').append(n));
    others.forEach(o -> tag.append(' ').append(o));
    tag.append(root.group(3)).append('>');
    return xml.substring(0, root.start()) + tag + xml.substring(root.end());
  }
}
