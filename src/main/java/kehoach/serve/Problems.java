package kehoach.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kehoach.model.PlanException;
import kehoach.model.Problem;

/**
 * A model's problems as JSON objects, {@code {"line","column","field","message"}}: what {@code
 * kehoach check} prints, in its order and within its cap ({@link PlanException#SHOWN}).
 */
final class Problems {
  private Problems() {}

  /** {@code {"problems":[…],"count":n}}, n counting those past the cap too. */
  static Map<String, Object> of(PlanException e) {
    return body(e.problems());
  }

  /** The body of a model without problems. */
  static Map<String, Object> none() {
    return body(List.of());
  }

  /** The 422 answer for a model with problems. */
  static ApiException unprocessable(PlanException e) {
    return new ApiException(422, e.getMessage(), of(e));
  }

  static List<Map<String, Object>> list(List<Problem> problems) {
    return problems.stream().limit(PlanException.SHOWN).map(Problems::one).toList();
  }

  private static Map<String, Object> body(List<Problem> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("problems", list(problems));
    body.put("count", problems.size());
    return body;
  }

  private static Map<String, Object> one(Problem p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("line", p.location().line());
    json.put("column", p.location().column());
    json.put("field", p.path());
    json.put("message", p.message());
    return json;
  }
}
