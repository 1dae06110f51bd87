package id.ngopeni.domain.user;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.UserError;
import java.util.Objects;
import java.util.UUID;

/**
 * Maker–checker: whoever made something (a payout, a decree change) never decides it, whatever
 * role they hold; of everyone else only an APPROVER does. The maker is refused first, so they
 * always hear why, not that their role may not.
 */
public final class FourEyes {
  private FourEyes() {}

  /**
   * @param selfCode the capability's "you made this" refusal
   * @param what what is decided, for the role refusal's message ("a payout")
   * @throws Forbidden {@code selfCode} for the maker, {@code role_forbidden} for anyone but an APPROVER
   */
  public static void checkDecider(UUID maker, UUID decider, Role deciderRole, ErrorCode selfCode, String what) {
    Objects.requireNonNull(decider, "decider");
    if (decider.equals(maker)) {
      throw new Forbidden(selfCode);
    }
    if (deciderRole != Role.APPROVER) {
      throw new Forbidden(UserError.ROLE_FORBIDDEN, "Only an approver can decide on " + what + ".");
    }
  }
}
