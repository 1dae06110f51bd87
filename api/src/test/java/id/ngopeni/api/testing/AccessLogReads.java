package id.ngopeni.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;

/** The access log read back over HTTP as an AUDITOR ({@code auditor}: their token), per person and kind. */
public record AccessLogReads(TestServer server, String auditor) {
  /** The records of one kind naming the person, newest first. */
  public List<JsonObject> of(Object personId, String kind) {
    var log = server.get("/api/v1/access-log?personId=" + personId + "&limit=100", auditor);
    assertThat(log.statusCode()).as(log.bodyAsString()).isEqualTo(200);
    return log.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("kind").equals(kind)).toList();
  }

  /** The newest record of one kind naming the person; fails if there is none. */
  public JsonObject newest(Object personId, String kind) {
    List<JsonObject> all = of(personId, kind);
    assertThat(all).as("%s records of %s", kind, personId).isNotEmpty();
    return all.get(0);
  }

  /** The people a record names, as strings. */
  public static List<Object> people(JsonObject record) {
    return record.getJsonArray("personIds").getList();
  }

  /** The fields a record says were read in full. */
  public static List<Object> fields(JsonObject record) {
    return record.getJsonArray("fields").getList();
  }
}
