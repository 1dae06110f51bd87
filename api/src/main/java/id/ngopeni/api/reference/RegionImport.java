package id.ngopeni.api.reference;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.ReferenceError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.reference.Region;
import id.ngopeni.persistence.reference.RegionRepository.UpsertCount;
import id.ngopeni.persistence.reference.RegionRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Loads a city's (or a whole province's) regions from a {@code code,name} CSV, for the admin
 * endpoint and the {@code --load-regions} flag alike. Level and parent follow from the code's
 * shape; a parent must be in the file or already stored. Every bad row is reported, and nothing
 * is written unless every row is good; then all rows are upserted in one transaction.
 */
public record RegionImport(Pool pool, RegionRepository regions, AuditLog audit) {
  static final int MAX_NAME = 100;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

  /** @param actorId null when the system loads it (the CLI flag) */
  public Future<UpsertCount> load(String csv, UUID actorId, String actorRole) {
    Violations violations = new Violations();
    List<RegionCsv.Row> rows = RegionCsv.parse(csv, violations);
    if (rows.isEmpty() && violations.isEmpty()) {
      violations.add("rows", ReferenceError.ROWS_REQUIRED);
    }
    List<Checked> checked = check(rows, violations);
    List<Region> valid = checked.stream().map(Checked::region).toList();
    List<String> parents = valid.stream().map(Region::parentCode).filter(p -> p != null).distinct().toList();
    return regions.existing(pool, parents).compose(stored -> {
      Set<String> known = new HashSet<>(stored);
      valid.forEach(r -> known.add(r.code()));
      for (Checked c : checked) {
        Region r = c.region();
        if (r.parentCode() != null && !known.contains(r.parentCode())) {
          violations.add("rows[" + c.index() + "].code", ReferenceError.PARENT_UNKNOWN,
              "The parent region " + r.parentCode() + " is neither in the file nor in the database.");
        }
      }
      violations.throwIfAny();
      return pool.withTransaction(tx -> regions.upsert(tx, valid).compose(count ->
          audit.append(tx, new AuditEvent(actorId, actorRole, "regions.imported", "region", topCodes(valid), null,
                  new JsonObject().put("rows", valid.size()).put("inserted", count.inserted()).put("updated", count.updated())
                      .put("topCodes", new JsonArray(topCodeList(valid)))))
              .map(seq -> count)));
    });
  }

  /** A row that passed the checks that need no database, with its row index. */
  private record Checked(int index, Region region) {}

  private static List<Checked> check(List<RegionCsv.Row> rows, Violations violations) {
    List<Checked> valid = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RegionCsv.Row row : rows) {
      String at = "rows[" + row.index() + "].";
      String codeText = row.code().strip();
      var code = RegionCode.parse(codeText);
      boolean ok = true;
      if (code.isEmpty()) {
        violations.add(at + "code", codeText.isEmpty() ? HttpError.REQUIRED : ReferenceError.CODE_INVALID,
            "Region codes look like 35, 35.73, 35.73.02 or 35.73.02.1001.");
        ok = false;
      } else if (!seen.add(codeText)) {
        violations.add(at + "code", ReferenceError.CODE_DUPLICATE);
        ok = false;
      }
      String name = row.name().strip();
      if (name.isEmpty()) {
        violations.add(at + "name", HttpError.REQUIRED);
        ok = false;
      } else if (name.codePointCount(0, name.length()) > MAX_NAME || CONTROL.matcher(name).find()) {
        violations.add(at + "name", WorkerError.NAME_INVALID);
        ok = false;
      }
      if (ok) {
        RegionCode c = code.get();
        valid.add(new Checked(row.index(),
            new Region(c.value(), c.level().name(), name, c.parent().map(RegionCode::value).orElse(null))));
      }
    }
    return valid;
  }

  /** The codes of the file's top level (e.g. its regency), naming the import in the audit trail. */
  private static List<String> topCodeList(List<Region> regions) {
    int shortest = regions.stream().mapToInt(r -> r.code().length()).min().orElse(0);
    return regions.stream().map(Region::code).filter(c -> c.length() == shortest).sorted().toList();
  }

  private static String topCodes(List<Region> regions) {
    List<String> top = topCodeList(regions);
    return top.size() <= 3 ? String.join(",", top) : String.join(",", top.subList(0, 3)) + ",…";
  }
}
