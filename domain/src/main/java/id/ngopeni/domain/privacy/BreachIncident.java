package id.ngopeni.domain.privacy;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.PrivacyError;
import id.ngopeni.domain.problem.Violations;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A failure of personal data protection as recorded (UU 27/2022 Pasal 46): when it was
 * discovered, what happened, what is being done, which kinds of data, and its suspected source —
 * a user, a client address and/or a period — by which the access log finds the people affected.
 */
public record BreachIncident(Instant discoveredAt, String description, String measures, Set<PersonalField> dataKinds,
    UUID sourceUserId, String sourceIp, Instant sourceFrom, Instant sourceTo) {
  /** Description and measures: a paragraph each, not a report. */
  public static final int MAX_TEXT = 4000;

  /** An IPv4 or IPv6 literal as the access log stores it (compared as text). */
  private static final Pattern IP = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  public BreachIncident {
    dataKinds = Set.copyOf(dataKinds);
  }

  /**
   * The incident, or every rule it breaks added to {@code v} (the caller throws): {@code
   * discoveredAt} not after {@code now} ({@code in_future}); description and measures required,
   * at most {@link #MAX_TEXT} characters; at least one data kind, each known ({@code value_unknown});
   * a source ({@code breach_source_required}); {@code sourceIp} an address ({@code breach_ip_invalid});
   * {@code sourceTo} after {@code sourceFrom} ({@code breach_period_invalid}), {@code sourceFrom} not in the future.
   */
  public static BreachIncident of(Instant discoveredAt, String description, String measures, List<String> kinds,
      UUID sourceUserId, String sourceIp, Instant sourceFrom, Instant sourceTo, Instant now, Violations v) {
    if (discoveredAt != null && discoveredAt.isAfter(now)) {
      v.add("discoveredAt", HttpError.IN_FUTURE);
    }
    String what = text("description", description, v);
    String done = text("measures", measures, v);
    Set<PersonalField> fields = EnumSet.noneOf(PersonalField.class);
    if (kinds != null) {
      if (kinds.isEmpty()) {
        v.add("dataKinds", HttpError.REQUIRED);
      }
      for (int i = 0; i < kinds.size(); i++) {
        PersonalField f = field(kinds.get(i));
        if (f == null) {
          v.add("dataKinds[" + i + "]", HttpError.VALUE_UNKNOWN, "Must be one of " + EnumSet.allOf(PersonalField.class) + ".");
        } else {
          fields.add(f);
        }
      }
    }
    String ip = sourceIp == null || sourceIp.isBlank() ? null : sourceIp.strip();
    if (ip != null && (ip.length() > 45 || !IP.matcher(ip).matches())) {
      v.add("sourceIp", PrivacyError.BREACH_IP_INVALID);
    }
    if (sourceUserId == null && ip == null && sourceFrom == null && sourceTo == null && !v.has("sourceIp")) {
      v.add("source", PrivacyError.BREACH_SOURCE_REQUIRED);
    }
    if (sourceFrom != null && sourceFrom.isAfter(now)) {
      v.add("sourceFrom", HttpError.IN_FUTURE);
    }
    if (sourceFrom != null && sourceTo != null && !sourceTo.isAfter(sourceFrom)) {
      v.add("sourceTo", PrivacyError.BREACH_PERIOD_INVALID);
    }
    return v.isEmpty() ? new BreachIncident(discoveredAt, what, done, fields, sourceUserId, ip, sourceFrom, sourceTo) : null;
  }

  private static String text(String name, String value, Violations v) {
    String s = value == null ? "" : value.strip();
    if (s.isEmpty()) {
      if (!v.has(name)) {
        v.add(name, HttpError.REQUIRED);
      }
      return null;
    }
    if (s.length() > MAX_TEXT) {
      v.add(name, HttpError.TOO_LONG, "At most " + MAX_TEXT + " characters.");
    }
    return s;
  }

  private static PersonalField field(String wire) {
    for (PersonalField f : PersonalField.values()) {
      if (f.wire().equals(wire) || f.name().equals(wire)) {
        return f;
      }
    }
    return null;
  }
}
