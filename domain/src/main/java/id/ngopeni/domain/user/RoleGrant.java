package id.ngopeni.domain.user;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.UserError;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Four eyes on authority: a user becomes an OPERATOR, APPROVER or ADMIN only when a second ADMIN
 * (neither the one who asked nor the user themself) confirms it, so that one admin alone cannot
 * make a maker and a checker and play both. The one exception: while there is a single active
 * admin, that admin may make the second admin alone ({@link #confirmedAlone}).
 *
 * @param activates confirming it also activates the user (a user created with such a role
 *     stays inactive until then)
 * @param decidedBy who confirmed or refused it; {@code null} while pending
 */
public record RoleGrant(
    UUID id,
    UUID userId,
    Role role,
    Status status,
    UUID requestedBy,
    Instant requestedAt,
    UUID decidedBy,
    Instant decidedAt,
    boolean activates) {

  /** Where a grant stands. */
  public enum Status {
    PENDING,
    CONFIRMED,
    REFUSED
  }

  public RoleGrant {
    Components.requireNonNull("id userId role status requestedBy", id, userId, role, status, requestedBy);
    if (!needsConfirmation(role)) {
      throw new IllegalArgumentException("only OPERATOR, APPROVER and ADMIN are granted");
    }
  }

  /** The roles that move money or grant authority: they take effect only once a second admin confirms them. */
  public static boolean needsConfirmation(Role role) {
    return role == Role.OPERATOR || role == Role.APPROVER || role == Role.ADMIN;
  }

  /**
   * Whether a grant is confirmed by the admin who asks for it: only the second ADMIN, asked for
   * while exactly one active admin exists (there is nobody else to confirm it).
   */
  public static boolean confirmedAlone(Role role, long activeAdmins) {
    return role == Role.ADMIN && activeAdmins <= 1;
  }

  /**
   * A new grant: PENDING, or CONFIRMED by the asker when {@link #confirmedAlone}.
   *
   * @param activates the user was created with this role and is inactive until it is confirmed
   */
  public static RoleGrant ask(UUID id, UUID userId, Role role, UUID askedBy, long activeAdmins, boolean activates, Instant now) {
    boolean alone = confirmedAlone(role, activeAdmins);
    return new RoleGrant(id, userId, role, alone ? Status.CONFIRMED : Status.PENDING, askedBy, now, alone ? askedBy : null,
        alone ? now : null, activates);
  }

  /**
   * PENDING → CONFIRMED by a second admin.
   *
   * @throws Forbidden {@code role_grant_self_confirmation}: the confirmer asked for it, or is its subject
   * @throws Conflict {@code role_grant_decided}: no longer pending
   */
  public RoleGrant confirm(UUID adminId, Instant now) {
    checkDecider(adminId);
    return decided(Status.CONFIRMED, adminId, now);
  }

  /** PENDING → REFUSED, under the same guards as {@link #confirm}. */
  public RoleGrant refuse(UUID adminId, Instant now) {
    checkDecider(adminId);
    return decided(Status.REFUSED, adminId, now);
  }

  public boolean confirmed() {
    return status == Status.CONFIRMED;
  }

  private void checkDecider(UUID adminId) {
    Objects.requireNonNull(adminId, "adminId");
    if (adminId.equals(requestedBy) || adminId.equals(userId)) {
      throw new Forbidden(UserError.ROLE_GRANT_SELF_CONFIRMATION);
    }
    if (status != Status.PENDING) {
      throw new Conflict(UserError.ROLE_GRANT_DECIDED, "This role grant was already " + status.name().toLowerCase() + ".");
    }
  }

  private RoleGrant decided(Status next, UUID who, Instant now) {
    return new RoleGrant(id, userId, role, next, requestedBy, requestedAt, who, now, activates);
  }
}
