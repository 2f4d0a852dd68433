package kehoach.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies read within the size limit: the declared length is refused before a byte is read,
 * and a body without one (chunked) is read no further than one byte past the limit.
 */
final class Bodies {
  private final long max;

  Bodies(long max) {
    this.max = max;
  }

  /** Refuses a request that declares a body over the limit, before it is read. */
  void checkDeclared(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge();
    }
  }

  /** The whole body. */
  byte[] bytes(Context ctx) throws IOException {
    checkDeclared(ctx);
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      // Jetty's refusal of a malformed body (a broken chunk, a body shorter than declared): the
      // request's fault, which Javalin would otherwise answer as an empty 500
      throw ApiException.badRequest(
          "Nội dung gửi lên bị hỏng hoặc bị cắt ngang: " + e.getMessage());
    }
  }

  /** The body as UTF-8 text; anything else is refused rather than garbled. */
  String text(Context ctx) throws IOException {
    return utf8(bytes(ctx), "Nội dung gửi lên");
  }

  /** A file part of a multipart request, or 400 naming the part that is missing. */
  static UploadedFile part(Context ctx, String name) {
    UploadedFile file = ctx.uploadedFile(name);
    if (file == null) {
      throw ApiException.badRequest(
          "Thiếu phần \"" + name + "\" (một tệp) trong yêu cầu multipart/form-data.");
    }
    return file;
  }

  static byte[] bytes(UploadedFile file) throws IOException {
    try (InputStream in = file.content()) {
      return in.readAllBytes();
    }
  }

  static String utf8(byte[] bytes, String what) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ApiException(422, what + " không phải văn bản UTF-8; hãy lưu tệp ở dạng UTF-8.");
    }
  }

  ApiException tooLarge() {
    return new ApiException(
        413, "Nội dung gửi lên vượt quá giới hạn " + (max >> 20) + " MB (" + max + " byte).");
  }
}
