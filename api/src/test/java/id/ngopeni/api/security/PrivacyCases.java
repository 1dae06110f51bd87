package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.security.MassAssignmentCases.Call;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The mass-assignment cases of retention and the breach register: a dry run, a breach recorded, a notice marked sent. */
final class PrivacyCases {
  private PrivacyCases() {}

  static void register(BiConsumer<String, Supplier<Call>> add, MassAssignmentCases cases, String admin,
      Function<String, JsonObject> get) {
    add.accept("post /privacy/retention/run", () -> new Call(admin, "/privacy/retention/run",
        new JsonObject().put("dryRun", true), Map.of(), r -> r));
    add.accept("post /privacy/breaches", () -> new Call(admin, "/privacy/breaches", breach(), Map.of(),
        r -> get.apply("/privacy/breaches/" + r.getString("id"))));
    add.accept("post /privacy/breaches/{id}/notified", () -> {
      var made = cases.send(HttpMethod.POST, "/privacy/breaches", admin, breach(), Map.of());
      assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
      String id = made.bodyAsJsonObject().getString("id");
      return new Call(admin, "/privacy/breaches/" + id + "/notified",
          new JsonObject().put("to", "AUTHORITY").put("at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()),
          Map.of(), r -> get.apply("/privacy/breaches/" + id));
    });
  }

  private static JsonObject breach() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return new JsonObject().put("discoveredAt", now.minus(1, ChronoUnit.HOURS).toString())
        .put("description", "Laptop petugas hilang").put("measures", "Kata sandi diganti")
        .put("dataKinds", new JsonArray().add("name")).put("sourceIp", "10.1.2.3")
        .put("sourceFrom", now.minus(2, ChronoUnit.DAYS).toString());
  }
}
