package kehoach.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kehoach.render.Format;
import kehoach.render.RenderOptions;

/** Files sent back as attachments, and the names and folders they are made with. */
final class Outputs {
  private static final Pattern MODEL_NAME = Pattern.compile("[^/\\\\]+\\.(yaml|yml|json)");

  private Outputs() {}

  /** The format named by {@code ?format=}; 400 for any other. */
  static Format format(String value) {
    if (value != null) {
      for (Format f : Format.values()) {
        if (f.extension().equals(value.toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
    }
    throw ApiException.badRequest(
        "Định dạng \"" + value + "\" không có; các định dạng là docx, pdf, txt (?format=…).");
  }

  /**
   * The render options of {@code ?pdfa=}: PDF/A-2b unless it is "false", as PDF/A costs about 1 %
   * of the render time (docs/pdfa.md) and is what archives keep; 400 for another value.
   */
  static RenderOptions options(String pdfa) {
    if (pdfa == null || pdfa.equalsIgnoreCase("true")) {
      return RenderOptions.DEFAULT.withPdfA(true);
    }
    if (pdfa.equalsIgnoreCase("false")) {
      return RenderOptions.DEFAULT;
    }
    throw ApiException.badRequest(
        "Tham số pdfa=\""
            + pdfa
            + "\" không hợp lệ; dùng pdfa=true (PDF/A-2b, mặc định) hoặc pdfa=false (PDF thường).");
  }

  /**
   * {@code options} with the appendices of {@code ?appendices=}: "together" (or none) in the plan's
   * file, "separate" each in files of its own (NĐ 30 Phụ lục III, Mẫu 2.2), for electronic issue
   * only; 400 for another value, or separate files on paper.
   */
  static RenderOptions appendices(String value, RenderOptions options) {
    if (value == null || value.equalsIgnoreCase("together")) {
      return options;
    }
    if (!value.equalsIgnoreCase("separate")) {
      throw ApiException.badRequest(
          "Tham số appendices=\""
              + value
              + "\" không hợp lệ; dùng appendices=together (mặc định) hoặc appendices=separate.");
    }
    if (options.issue() != RenderOptions.Issue.ELECTRONIC) {
      throw ApiException.badRequest(
          "Phụ lục là tệp riêng (appendices=separate) chỉ dùng khi phát hành điện tử"
              + " (issue=electronic).");
    }
    return new RenderOptions(
        options.pdfA(),
        options.issue(),
        options.signatureFields(),
        RenderOptions.Appendices.SEPARATE);
  }

  /**
   * The render options of {@code ?pdfa=}, {@code ?issue=} and {@code ?signatureFields=}: paper
   * unless {@code issue=electronic} (docs/electronic.md), with empty signature fields only when
   * asked for, and only for an electronic plan; 400 for another value or for fields on paper.
   */
  static RenderOptions options(String pdfa, String issue, String signatureFields) {
    RenderOptions options = options(pdfa);
    RenderOptions.Issue chosen;
    if (issue == null || issue.equalsIgnoreCase("paper")) {
      chosen = RenderOptions.Issue.PAPER;
    } else if (issue.equalsIgnoreCase("electronic")) {
      chosen = RenderOptions.Issue.ELECTRONIC;
    } else {
      throw ApiException.badRequest(
          "Tham số issue=\""
              + issue
              + "\" không hợp lệ; dùng issue=paper (văn bản giấy, mặc định) hoặc issue=electronic"
              + " (văn bản điện tử).");
    }
    boolean fields;
    if (signatureFields == null || signatureFields.equalsIgnoreCase("false")) {
      fields = false;
    } else if (signatureFields.equalsIgnoreCase("true")) {
      fields = true;
    } else {
      throw ApiException.badRequest(
          "Tham số signatureFields=\""
              + signatureFields
              + "\" không hợp lệ; dùng signatureFields=true hoặc signatureFields=false (mặc định).");
    }
    if (fields && chosen == RenderOptions.Issue.PAPER) {
      throw ApiException.badRequest(
          "Tham số signatureFields=true chỉ dùng cho văn bản điện tử: thêm issue=electronic.");
    }
    return new RenderOptions(options.pdfA(), chosen, fields, options.appendices());
  }

  /** The formats of a list such as "docx,pdf"; 400 for an unknown one. */
  static Set<Format> formats(String value) {
    if (value == null || value.isBlank()) {
      return Set.of(Format.DOCX, Format.PDF);
    }
    return Stream.of(value.split(","))
        .map(String::strip)
        .map(Outputs::format)
        .collect(Collectors.toUnmodifiableSet());
  }

  static String contentType(Format f) {
    return switch (f) {
      case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case PDF -> "application/pdf";
      case TXT -> "text/plain; charset=utf-8";
    };
  }

  /** Answers with {@code bytes} as a file to save under {@code name}. */
  static void attachment(Context ctx, String name, String type, byte[] bytes) {
    ctx.status(200)
        .contentType(type)
        .header("Content-Disposition", disposition(name))
        .result(bytes);
  }

  /** An ASCII fallback and the name itself (RFC 6266), for Vietnamese names. */
  static String disposition(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /**
   * The name a model sent in a body is known by: {@code ?name=} when it names a model file, else
   * model.json or model.yaml by the content type.
   */
  static String modelName(Context ctx) {
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      String type = ctx.contentType();
      return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json")
          ? "model.json"
          : "model.yaml";
    }
    if (!MODEL_NAME.matcher(name).matches() || name.startsWith(".")) {
      throw ApiException.badRequest(
          "Tên \"" + name + "\" không phải tên tệp kế hoạch (x.yaml, x.yml hoặc x.json).");
    }
    return name;
  }

  /** The name of an uploaded file without folders; what a browser or a client might add. */
  static String plainName(String uploaded, String fallback) {
    if (uploaded == null) {
      return fallback;
    }
    String n =
        uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
    n = n.replaceAll("[\\x00-\\x1f]", "");
    return n.isEmpty() || n.startsWith(".") ? fallback : n;
  }

  /** A fresh private folder for one request's files. */
  static Path scratch() throws IOException {
    return Files.createTempDirectory("kehoach-serve-");
  }

  /** Removes a request's folder and everything in it. */
  static void remove(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is the system's to clean; the answer is not affected
    }
  }
}
