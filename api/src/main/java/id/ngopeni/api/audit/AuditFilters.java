package id.ngopeni.api.audit;

import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.ReportError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.audit.AuditQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The audit trail's filters as a request gives them, in its query or its body, all checked before
 * one 422: {@code entityType} and {@code entityId} (as ever), {@code workerId} (a person),
 * {@code actorId}, {@code action} (a code such as {@code payout.approved}, or a group such as
 * {@code payout}), {@code from} and {@code to} (dates in Jakarta, inclusive). A NIK never comes
 * this way: only {@code POST /audit/by-nik} and {@code POST /audit/export} read one, from a body.
 */
final class AuditFilters {
  static final String[] NAMES = {"entityType", "entityId", "workerId", "actorId", "action", "from", "to"};
  private static final Pattern ACTION = Pattern.compile("[a-z_]{1,40}(\\.[a-z_]{1,40})?");

  private AuditFilters() {}

  /** The filters read by {@code text} (name → value, blank for none); errors go to {@code v}. */
  static AuditQuery read(Function<String, String> text, Violations v) {
    UUID worker = uuid(text, "workerId", v);
    UUID actor = uuid(text, "actorId", v);
    String action = blankToNull(text.apply("action"));
    if (action != null && !ACTION.matcher(action).matches()) {
      v.add("action", ReportError.AUDIT_ACTION_INVALID);
      action = null;
    }
    LocalDate from = parse(text, "from", LocalDate::parse, HttpError.DATE_INVALID, v);
    LocalDate to = parse(text, "to", LocalDate::parse, HttpError.DATE_INVALID, v);
    if (from != null && to != null && to.isBefore(from)) {
      v.add("to", ReportError.REPORT_PERIOD_INVALID);
    }
    return new AuditQuery(blankToNull(text.apply("entityType")), blankToNull(text.apply("entityId")), worker, actor,
        action, from == null ? null : from.atStartOfDay(Jakarta.ZONE).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(Jakarta.ZONE).toInstant());
  }

  /** The filters in words for a file's heading. */
  static String describe(AuditQuery q, String actorName, String personName) {
    StringJoiner out = new StringJoiner(", ");
    if (q.from() != null || q.to() != null) {
      out.add("periode " + (q.from() == null ? "awal" : q.from().atZone(Jakarta.ZONE).toLocalDate().format(
          id.ngopeni.api.report.ReportText.DATE)) + " s.d. " + (q.to() == null ? "kini"
          : q.to().atZone(Jakarta.ZONE).toLocalDate().minusDays(1).format(id.ngopeni.api.report.ReportText.DATE)));
    }
    if (q.actorId() != null) {
      out.add("pelaku " + (actorName == null ? q.actorId().toString() : actorName));
    }
    if (q.action() != null) {
      out.add("tindakan " + AuditText.action(q.action()));
    }
    if (q.workerId() != null) {
      out.add("orang " + (personName == null ? q.workerId().toString() : personName));
    }
    if (q.entityType() != null || q.entityId() != null) {
      out.add("entitas " + (q.entityType() == null ? "" : AuditText.entity(q.entityType()) + " ")
          + (q.entityId() == null ? "" : q.entityId()));
    }
    return out.length() == 0 ? "seluruh jejak" : out.toString();
  }

  private static UUID uuid(Function<String, String> text, String name, Violations v) {
    return parse(text, name, UUID::fromString, HttpError.UUID_INVALID, v);
  }

  private static <T> T parse(Function<String, String> text, String name, Function<String, T> parse, ErrorCode code,
      Violations v) {
    String value = blankToNull(text.apply(name));
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      v.add(name, code);
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
