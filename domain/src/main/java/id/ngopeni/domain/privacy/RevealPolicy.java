package id.ngopeni.domain.privacy;

import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.PrivacyError;
import id.ngopeni.domain.user.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may see a person's full identifiers, and for which purposes. Everyone else works with the
 * masks ({@link Masks}); a role's purposes follow its work:
 *
 * <ul>
 *   <li>OPERATOR — the registry, enrolment, claims and payouts: every purpose.
 *   <li>ADMIN — corrects the registry and prepares BPJS registration: verification, correction,
 *       BPJS registration; and answers data subjects' requests (their report).
 *   <li>FIELD_OFFICER — registers people and files claims in their kelurahan: verification
 *       (the person in front of them) and claim filing.
 *   <li>APPROVER — checks one payout at a time: payout.
 *   <li>AUDITOR — none: an auditor sees who read what, never the identifiers themselves.
 * </ul>
 *
 * A data subject's request (UU 27/2022: the person's own report) is handled by the roles that
 * correct a person's data on their request: ADMIN and OPERATOR ({@link #subjectRequestHandlers}).
 *
 * <p>A full export (a file of many people in clear) is for OPERATOR and ADMIN only, for a purpose
 * they may reveal for other than a subject request (which concerns one person).
 */
public final class RevealPolicy {
  private static final Map<Role, Set<Purpose>> REVEAL = Map.of(
      Role.OPERATOR, EnumSet.allOf(Purpose.class),
      Role.ADMIN, EnumSet.of(Purpose.VERIFICATION, Purpose.CORRECTION, Purpose.BPJS_REGISTRATION,
          Purpose.SUBJECT_REQUEST),
      Role.FIELD_OFFICER, EnumSet.of(Purpose.VERIFICATION, Purpose.CLAIM_FILING),
      Role.APPROVER, EnumSet.of(Purpose.PAYOUT),
      Role.AUDITOR, EnumSet.noneOf(Purpose.class));
  private static final Set<Role> FULL_EXPORT = EnumSet.of(Role.OPERATOR, Role.ADMIN);

  private RevealPolicy() {}

  /** The purposes {@code role} may reveal for (empty: none). */
  public static Set<Purpose> purposes(Role role) {
    return Set.copyOf(REVEAL.getOrDefault(role, Set.of()));
  }

  /** The roles that may reveal for some purpose (every role but AUDITOR). */
  public static Set<Role> revealers() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    REVEAL.forEach((role, purposes) -> {
      if (!purposes.isEmpty()) {
        roles.add(role);
      }
    });
    return roles;
  }

  /** The roles that answer a data subject's request: those that may reveal for it (ADMIN, OPERATOR). */
  public static Set<Role> subjectRequestHandlers() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    REVEAL.forEach((role, purposes) -> {
      if (purposes.contains(Purpose.SUBJECT_REQUEST)) {
        roles.add(role);
      }
    });
    return roles;
  }

  public static boolean mayReveal(Role role, Purpose purpose) {
    return REVEAL.getOrDefault(role, Set.of()).contains(purpose);
  }

  /** Refuses (403 {@code reveal_not_allowed}) a reveal the role may not make for this purpose. */
  public static void checkReveal(Role role, Purpose purpose) {
    if (!mayReveal(role, purpose)) {
      throw new Forbidden(PrivacyError.REVEAL_NOT_ALLOWED,
          "Your role may not see full identifiers for the purpose " + purpose.name() + ".");
    }
  }

  /**
   * Refuses (403 {@code reveal_not_allowed}) a bank account number in full for anything but the
   * purpose PAYOUT, or to a role that may not reveal for it: the number serves paying only.
   */
  public static void checkAccountReveal(Role role, Purpose purpose) {
    if (purpose != Purpose.PAYOUT || !mayReveal(role, purpose)) {
      throw new Forbidden(PrivacyError.REVEAL_NOT_ALLOWED,
          "A bank account number is shown in full only for the purpose PAYOUT, to the roles that pay.");
    }
  }

  /** Refuses (403 {@code full_export_not_allowed}) a full export the role may not take. */
  public static void checkFullExport(Role role, Purpose purpose) {
    if (!FULL_EXPORT.contains(role) || !mayReveal(role, purpose) || purpose == Purpose.SUBJECT_REQUEST) {
      throw new Forbidden(PrivacyError.FULL_EXPORT_NOT_ALLOWED,
          "Your role may not export full identifiers for the purpose " + purpose.name() + ".");
    }
  }
}
