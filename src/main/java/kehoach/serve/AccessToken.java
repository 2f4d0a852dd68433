package kehoach.serve;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The access token of a server opened beyond this machine, sent as {@code Authorization: Bearer …}.
 * Both sides are hashed before the comparison, so it takes the same time whatever the length and
 * content of a guess ({@link MessageDigest#isEqual} is constant-time for equal lengths).
 */
final class AccessToken {
  private static final String BEARER = "Bearer ";
  private final Optional<byte[]> expected;

  AccessToken(Optional<String> token) {
    this.expected = token.map(AccessToken::digest);
  }

  /** Refuses a request without the token, or with another, when the server has one. */
  void check(Context ctx) {
    if (expected.isEmpty()) {
      return;
    }
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    String sent = header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : "";
    if (!MessageDigest.isEqual(expected.get(), digest(sent))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          401,
          sent.isEmpty()
              ? "Cần mã truy cập: gửi tiêu đề \"Authorization: Bearer <mã>\"."
              : "Mã truy cập không đúng.");
    }
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
