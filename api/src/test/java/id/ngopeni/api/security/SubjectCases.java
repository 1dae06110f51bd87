package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.security.MassAssignmentCases.Call;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The mass-assignment cases of a data subject's rights: the report (a read), a restriction recorded
 * and lifted, a correction recorded and rejected. Each makes its own worker (by the API, so its NIK
 * is known), since a person has one restriction open at a time.
 */
final class SubjectCases {
  private SubjectCases() {}

  /**
   * @param newWorker POSTs a new worker as the admin: its NIK and id
   */
  static void register(BiConsumer<String, Supplier<Call>> add, MassAssignmentCases cases, String admin,
      Supplier<String[]> newWorker, Function<String, JsonObject> get) {
    add.accept("post /privacy/subject-report", () -> new Call(admin, "/privacy/subject-report",
        new JsonObject().put("nik", newWorker.get()[0]), Map.of(), r -> r));
    add.accept("post /privacy/restrictions", () -> new Call(admin, "/privacy/restrictions",
        new JsonObject().put("nik", newWorker.get()[0]).put("reason", "Surat permohonan"), Map.of(),
        r -> get.apply("/privacy/restrictions/" + r.getString("id"))));
    add.accept("post /privacy/restrictions/{id}/lift", () -> {
      String id = made(cases, admin, "/privacy/restrictions",
          new JsonObject().put("nik", newWorker.get()[0]).put("reason", "Surat permohonan"));
      return new Call(admin, "/privacy/restrictions/" + id + "/lift", new JsonObject().put("reason", "Ditarik"), Map.of(),
          r -> get.apply("/privacy/restrictions/" + id));
    });
    BiFunction<String, String, JsonObject> correction = (nik, value) -> new JsonObject().put("nik", nik).put("field", "address")
        .put("requestedValue", value).put("reason", "Pindah rumah");
    add.accept("post /privacy/corrections", () -> new Call(admin, "/privacy/corrections",
        correction.apply(newWorker.get()[0], "Jl. Ijen 5"), Map.of(), r -> get.apply("/privacy/corrections/" + r.getString("id"))));
    add.accept("post /privacy/corrections/{id}/resolve", () -> {
      String id = made(cases, admin, "/privacy/corrections", correction.apply(newWorker.get()[0], "Jl. Ijen 6"));
      return new Call(admin, "/privacy/corrections/" + id + "/resolve",
          new JsonObject().put("outcome", "REJECTED").put("note", "Alamat sudah benar"), Map.of(),
          r -> get.apply("/privacy/corrections/" + id));
    });
  }

  private static String made(MassAssignmentCases cases, String token, String path, JsonObject body) {
    var response = cases.send(HttpMethod.POST, path, token, body, Map.of());
    assertThat(response.statusCode()).as("POST %s: %s", path, response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject().getString("id");
  }
}
