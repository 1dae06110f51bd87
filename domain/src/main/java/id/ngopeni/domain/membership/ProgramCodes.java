package id.ngopeni.domain.membership;

import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.Violations;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the programme codes of an enrolment request ({@code ["JKK","JKM","JHT"]}). A BPU
 * participant can only join these three (Permenaker 5/2021; JP, the pension programme, is for
 * wage earners only), so any other code is a field error rather than a malformed request.
 */
public final class ProgramCodes {
  private ProgramCodes() {}

  /**
   * The programmes named, ignoring repeats; a null list gives an empty set (which {@link
   * MembershipPolicy#validate} reports as {@code programs_required}). Each unknown code adds
   * {@code programs[i]} / {@code program_unknown} to {@code violations}.
   */
  public static Set<Program> parse(List<String> codes, Violations violations) {
    Set<Program> programs = EnumSet.noneOf(Program.class);
    if (codes == null) {
      return programs;
    }
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      Program program = find(code);
      if (program == null) {
        violations.add(
            "programs[" + i + "]", MoneyError.PROGRAM_UNKNOWN);
      } else {
        programs.add(program);
      }
    }
    return programs;
  }

  private static Program find(String code) {
    for (Program p : Program.values()) {
      if (p.name().equals(code)) {
        return p;
      }
    }
    return null;
  }
}
