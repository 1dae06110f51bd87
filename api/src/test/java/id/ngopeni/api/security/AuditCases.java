package id.ngopeni.api.security;

import id.ngopeni.api.security.MassAssignmentCases.Call;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** The mass-assignment cases of reading the audit trail: a person's entries by NIK, and their export (a file). */
final class AuditCases {
  private AuditCases() {}

  static void register(BiConsumer<String, Supplier<Call>> add, String auditor, Supplier<String> workerNik) {
    add.accept("post /audit/by-nik", () -> new Call(auditor, "/audit/by-nik",
        new JsonObject().put("nik", workerNik.get()), Map.of(), r -> r));
    add.accept("post /audit/export", () -> new Call(auditor, "/audit/export",
        new JsonObject().put("nik", workerNik.get()).put("format", "CSV"), Map.of(), r -> r));
  }
}
