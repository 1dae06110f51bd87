package id.ngopeni.api.worker;

import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.domain.heir.HeirDraft;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Violations;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code PUT /workers/{id}/heirs} body: a JSON array of heirs, fields as {@code heirs[i].x}. */
final class HeirInput {
  /** Far more than any family; keeps positions small and a request cheap. */
  static final int MAX_HEIRS = 50;

  private HeirInput() {}

  static List<HeirDraft> read(RoutingContext ctx, Violations violations) {
    if (!(JsonInput.value(ctx, "A JSON array of heirs is required.", "heirs") instanceof JsonArray array)) {
      throw HttpProblem.badRequest(HttpError.JSON_ARRAY_EXPECTED, "The body must be a JSON array of heirs.");
    }
    if (array.size() > MAX_HEIRS) {
      violations.add("heirs", WorkerError.HEIRS_TOO_MANY, "At most " + MAX_HEIRS + " heirs.");
      return List.of();
    }
    List<HeirDraft> drafts = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "heirs[" + i + "]";
      if (!(array.getValue(i) instanceof JsonObject json)) {
        violations.add(at, HttpError.TYPE_MISMATCH);
        drafts.add(new HeirDraft(null, null, null, null));
        continue;
      }
      Fields in = new Fields(json);
      drafts.add(new HeirDraft(in.string("fullName", false), in.string("nik", false), in.string("relationship", false),
          in.date("birthDate", false)));
      for (FieldError e : in.finish().errors()) {
        violations.add(at + "." + e.field(), e.errorCode(), e.message());
      }
    }
    return drafts;
  }
}
