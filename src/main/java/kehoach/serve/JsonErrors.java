package kehoach.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The refusals Jetty makes itself, before a request reaches a route (a malformed request line, an
 * ambiguous encoded path such as {@code ..%2F}, a header or address too long, a broken chunked
 * body), answered as JSON {@code {"message"}} like every other error of the API: a client parses
 * one error format, and Jetty's HTML page, its version and any stack trace stay out of responses.
 */
final class JsonErrors extends ErrorHandler {
  /** Jetty's reasons are short; a longer one could be an echo of the request. */
  private static final int MAX_REASON = 200;

  /** Refusals of the HTTP parser, answered before there is a request object. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Json.TYPE);
    return ByteBuffer.wrap(body(status, reason));
  }

  /** Errors of a parsed request that Jetty sends itself (the servlet's sendError). */
  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    baseRequest.setHandled(true);
    int status = response.getStatus();
    Object reason = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    byte[] body = body(status, reason == null ? null : reason.toString());
    response.setContentType(Json.TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static byte[] body(int status, String reason) {
    try {
      return Json.MAPPER.writeValueAsBytes(Map.of("message", message(status, reason)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an error's JSON", e);
    }
  }

  /**
   * What went wrong, in Vietnamese, with Jetty's reason (in English, e.g. "Ambiguous URI path
   * separator") for a request's fault; a server error's reason may name its internals, and is left
   * out.
   */
  static String message(int status, String reason) {
    String what =
        switch (status) {
          case 400 -> "Yêu cầu không hợp lệ";
          case 413 -> "Nội dung gửi lên vượt quá giới hạn";
          case 414 -> "Địa chỉ yêu cầu quá dài";
          case 431 -> "Phần đầu (header) của yêu cầu quá lớn";
          default -> status >= 500 ? "Lỗi của máy chủ" : "Yêu cầu bị từ chối";
        };
    boolean useful =
        status < 500 && reason != null && !reason.isBlank() && reason.length() <= MAX_REASON;
    return what + " (HTTP " + status + (useful ? ": " + reason : "") + ").";
  }
}
