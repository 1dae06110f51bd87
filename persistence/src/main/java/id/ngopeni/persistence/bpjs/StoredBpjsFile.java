package id.ngopeni.persistence.bpjs;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** A BPJS file already applied, with the answer given when it was. */
public record StoredBpjsFile(UUID id, JsonObject result) {}
