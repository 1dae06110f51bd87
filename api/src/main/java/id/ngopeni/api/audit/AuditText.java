package id.ngopeni.api.audit;

import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.api.report.ReportText;
import id.ngopeni.api.report.Words;
import id.ngopeni.persistence.audit.AuditEntry;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An audit entry in words, as the export prints it: the action and entity in Indonesian, and the
 * fields that changed — named, amounts in rupiah, statuses and roles in words — as
 * "Status: Menunggu persetujuan → Disetujui; Jumlah: Rp10.000.000".
 */
final class AuditText {
  /** Bookkeeping that changes with every write: left out of the changes. */
  private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");

  /** Longer changes (a whole region list) are cut: the entry itself keeps them. */
  private static final int MAX_CHARS = 2_000;

  private AuditText() {}

  static String action(String code) {
    return Words.or("audit.action." + code, code);
  }

  static String entity(String type) {
    return Words.or("audit.entity." + type, type);
  }

  /** The changed fields of the entry in words; "-" when nothing but bookkeeping changed. */
  static String changes(AuditEntry e) {
    JsonObject before = e.before() == null ? new JsonObject() : e.before();
    JsonObject after = e.after() == null ? new JsonObject() : e.after();
    Set<String> names = new LinkedHashSet<>(before.fieldNames());
    names.addAll(after.fieldNames());
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      Object was = before.getValue(name);
      Object is = after.getValue(name);
      if (BOOKKEEPING.contains(name) || Objects.equals(was, is)) {
        continue;
      }
      String label = Words.or("audit.field." + name, name);
      String from = before.containsKey(name) ? value(e.entityType(), name, was) : null;
      String to = after.containsKey(name) ? value(e.entityType(), name, is) : null;
      parts.add(label + ": " + (from == null ? to : to == null ? from + " → (dihapus)" : from + " → " + to));
    }
    StringJoiner out = new StringJoiner("; ");
    parts.forEach(out::add);
    String text = out.toString();
    return parts.isEmpty() ? "-" : text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1) + "…";
  }

  /** One value in words: rupiah, a status or role by its word, yes/no, or as stored. */
  static String value(String entityType, String field, Object value) {
    if (value == null) {
      return "-";
    }
    if (Words.MONEY_FIELDS.contains(field) && value instanceof Number n) {
      return ReportText.cell(Kind.MONEY, n.longValue());
    }
    if (value instanceof Boolean b) {
      return b ? "ya" : "tidak";
    }
    if (value instanceof String s) {
      return switch (field) {
        case "status" -> Words.of(entityType + ".status", s);
        case "role", "actorRole" -> Words.of("role", s);
        case "type" -> Words.of(entityType + ".type", s);
        case "sex" -> Words.of("sex", s);
        default -> s.replaceAll("\\p{Cntrl}", " ");
      };
    }
    return value.toString();
  }
}
