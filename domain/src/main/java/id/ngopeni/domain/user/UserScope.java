package id.ngopeni.domain.user;

import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.region.RegionCode;
import java.util.LinkedHashSet;
import java.util.List;

/** Rules tying a role to its kelurahan scope. */
public final class UserScope {
  private UserScope() {}

  /**
   * Field officers must be assigned at least one kelurahan; other roles see the whole city
   * and must have none (a scope they would silently ignore is a mistake worth reporting).
   */
  public static List<String> check(Role role, List<String> kelurahanCodes, Violations violations) {
    List<String> codes = kelurahanCodes == null ? List.of() : kelurahanCodes;
    for (int i = 0; i < codes.size(); i++) {
      if (RegionCode.parseKelurahan(codes.get(i)).isEmpty()) {
        violations.add(
            "kelurahanCodes[" + i + "]", WorkerError.KELURAHAN_INVALID);
      }
    }
    if (role == Role.FIELD_OFFICER && codes.isEmpty()) {
      violations.add("kelurahanCodes", UserError.KELURAHAN_REQUIRED);
    } else if (role != null && role != Role.FIELD_OFFICER && !codes.isEmpty()) {
      violations.add("kelurahanCodes", UserError.KELURAHAN_NOT_ALLOWED);
    }
    return List.copyOf(new LinkedHashSet<>(codes));
  }
}
