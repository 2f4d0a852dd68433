package kehoach.serve;

import java.util.Map;

/**
 * A request the server refuses, with the status a client can act on and the JSON body that says
 * why: {@code {"message":"…"}}, or the problems of a model.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Object body;

  ApiException(int status, String message) {
    this(status, message, Map.of("message", message));
  }

  ApiException(int status, String message, Object body) {
    super(message, null, false, false);
    this.status = status;
    this.body = body;
  }

  int status() {
    return status;
  }

  Object body() {
    return body;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }
}
