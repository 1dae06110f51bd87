package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.security.MassAssignmentCases.Call;
import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.Sex;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The mass-assignment cases of duplicate reviews: the check before saving, and resolving a review. */
final class DuplicateReviewCases {
  private static final LocalDate BORN = LocalDate.of(1969, 7, 8);
  private static final AtomicInteger SERIAL = new AtomicInteger(31);

  private DuplicateReviewCases() {}

  static void register(BiConsumer<String, Supplier<Call>> add, MassAssignmentCases cases, String admin,
      Function<String, JsonObject> get) {
    add.accept("post /workers/duplicate-check", () -> new Call(admin, "/workers/duplicate-check", worker(), Map.of(), r -> r));
    add.accept("post /duplicate-reviews/{id}/resolve", () -> {
      for (int i = 0; i < 2; i++) {
        var made = cases.send(HttpMethod.POST, "/workers", admin, worker(), Map.of());
        assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
        if (made.bodyAsJsonObject().containsKey("duplicateReview")) {
          String id = made.bodyAsJsonObject().getJsonObject("duplicateReview").getString("id");
          return new Call(admin, "/duplicate-reviews/" + id + "/resolve",
              new JsonObject().put("resolution", "DISTINCT").put("note", "Orang berbeda"), Map.of("If-Match", "\"1\""),
              r -> get.apply("/duplicate-reviews?status=ALL&limit=500").getJsonArray("items").stream()
                  .map(JsonObject.class::cast).filter(o -> id.equals(o.getString("id"))).findFirst().orElseThrow());
        }
      }
      throw new AssertionError("The second registration of the same person opened no duplicate review");
    });
  }

  private static JsonObject worker() {
    String nik = Nik.of(new RegionCode("35.73.01"), BORN, Sex.F, SERIAL.addAndGet(13) % 9999).value();
    return new JsonObject().put("nik", nik).put("fullName", "Sulastri").put("birthDate", BORN.toString()).put("sex", "F")
        .put("kelurahanCode", "35.73.01.1001").put("category", "MARBOT");
  }
}
