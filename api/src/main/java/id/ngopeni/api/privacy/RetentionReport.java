package id.ngopeni.api.privacy;

import id.ngopeni.domain.privacy.RetentionKind;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * What a retention run found and, unless it was a dry run, did: per kind its period and cutoff,
 * how many records were past it and the oldest one's time, then how many were deleted or
 * anonymised in how many batches, how many were held (still needed by other records), and
 * whether a batch failed (the batches before it stand, the failing one left nothing behind).
 */
record RetentionReport(boolean dryRun, Instant at, List<Item> items) {
  record Item(RetentionKind kind, int days, Instant cutoff, long count, Instant oldest, long done, int batches, int held,
      boolean failed) {
    Item ran(long moreDone, int moreHeld) {
      return new Item(kind, days, cutoff, count, oldest, done + moreDone, batches + 1, held + moreHeld, failed);
    }

    Item failing() {
      return new Item(kind, days, cutoff, count, oldest, done, batches, held, true);
    }
  }

  JsonObject json() {
    JsonArray list = new JsonArray();
    for (Item i : items) {
      JsonObject o = new JsonObject().put("kind", i.kind().key()).put("action", i.kind().action().name())
          .put("periodDays", i.days()).put("cutoff", i.cutoff().toString()).put("count", i.count())
          .put("oldest", i.oldest() == null ? null : i.oldest().toString());
      if (!dryRun) {
        o.put("done", i.done()).put("batches", i.batches()).put("held", i.held()).put("failed", i.failed());
      }
      list.add(o);
    }
    return new JsonObject().put("dryRun", dryRun).put("at", at.toString()).put("items", list);
  }
}
