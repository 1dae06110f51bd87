package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.security.MassAssignmentCases.Call;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The mass-assignment cases of the recipient decree: a decree made, an exception, a change proposed and rejected. */
final class DecreeCases {
  private DecreeCases() {}

  static void register(BiConsumer<String, Supplier<Call>> add, MassAssignmentCases cases, String admin, String operator,
      String approver, Function<String, JsonObject> get, Supplier<UUID> worker, LocalDate today) {
    int year = today.getYear() + 3;
    add.accept("post /decrees", () -> new Call(admin, "/decrees", decree("MANDIRI", year), Map.of(),
        r -> get.apply("/decrees/" + r.getString("id"))));
    add.accept("put /decree-requirements/{fundingSource}", () -> new Call(admin, "/decree-requirements/BUMN",
        new JsonObject().put("requiresDecree", false), Map.of(),
        r -> get.apply("/decree-requirements").getJsonArray("items").stream().map(JsonObject.class::cast)
            .filter(o -> "BUMN".equals(o.getString("fundingSource"))).findFirst().orElseThrow()));
    add.accept("post /decrees/{id}/exceptions", () -> {
      String decree = made(cases, admin, decree("PERUSAHAAN", year));
      return new Call(approver, "/decrees/" + decree + "/exceptions",
          new JsonObject().put("workerId", worker.get().toString()).put("reason", "Putusan pengadilan"), Map.of(), r -> r);
    });
    add.accept("post /decrees/{id}/changes", () -> {
      String decree = made(cases, admin, decree("BUMN", year));
      return new Call(operator, "/decrees/" + decree + "/changes", change(worker.get()), Map.of(),
          r -> get.apply("/decree-changes/" + r.getString("id")));
    });
    add.accept("post /decree-changes/{id}/reject", () -> {
      String decree = made(cases, admin, decree("BUMN", year + 1));
      String change = made(cases, operator, "/decrees/" + decree + "/changes", change(worker.get()));
      return new Call(approver, "/decree-changes/" + change + "/reject", new JsonObject().put("reason", "Belum ada surat"),
          Map.of(), r -> get.apply("/decree-changes/" + change));
    });
  }

  private static JsonObject decree(String source, int year) {
    return new JsonObject().put("fundingSource", source).put("year", year).put("number", "188.45/1/" + year)
        .put("decreeDate", year + "-01-02").put("basis", "ACTIVE_MEMBERSHIPS");
  }

  private static JsonObject change(UUID worker) {
    return new JsonObject().put("workerId", worker.toString()).put("kind", "ADD").put("reason", "NEWLY_ELIGIBLE");
  }

  private static String made(MassAssignmentCases cases, String admin, JsonObject decree) {
    return made(cases, admin, "/decrees", decree);
  }

  private static String made(MassAssignmentCases cases, String token, String path, JsonObject body) {
    var response = cases.send(HttpMethod.POST, path, token, body, Map.of());
    assertThat(response.statusCode()).as("POST %s: %s", path, response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject().getString("id");
  }
}
