package kehoach.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** JSON in and out of requests, UTF-8 always. */
final class Json {
  static final String TYPE = "application/json; charset=utf-8";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Answers {@code status} with {@code body} as JSON. */
  static void send(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType(TYPE).result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + body.getClass(), e);
    }
  }

  static void ok(Context ctx, Object body) {
    send(ctx, 200, body);
  }

  /** A request's JSON object; 400 if it is not one. */
  static JsonNode object(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
      if (node == null || !node.isObject()) {
        throw ApiException.badRequest("Nội dung gửi lên phải là một đối tượng JSON.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "Nội dung gửi lên không phải JSON hợp lệ: " + e.getOriginalMessage());
    }
  }

  /** A text field of {@code node}, if there. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  /** A text field that must be there; 400 naming it if not. */
  static String required(JsonNode node, String field) {
    return text(node, field)
        .orElseThrow(() -> ApiException.badRequest("Thiếu trường \"" + field + "\"."));
  }
}
