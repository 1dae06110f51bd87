package id.ngopeni.persistence.membership;

import id.ngopeni.domain.budget.GroupPrices;
import id.ngopeni.domain.membership.Program;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Programmes as stored ({@code text[]}) in the one canonical order JKK, JKM, JHT, so that
 * {@code array_to_string(programs, ',')} is a key that set-based pricing can join on.
 */
public final class ProgramArrays {
  private ProgramArrays() {}

  public static String[] of(Set<Program> programs) {
    return EnumSet.copyOf(programs).stream().map(Program::name).toArray(String[]::new);
  }

  /** {@code "JKK,JKM"}: the same text as {@code array_to_string(programs, ',')}; see {@link GroupPrices#key}. */
  public static String key(Set<Program> programs) {
    return GroupPrices.key(programs);
  }

  public static Set<Program> parse(String[] names) {
    return Arrays.stream(names).map(Program::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Program.class)));
  }

  public static Set<Program> parseKey(String key) {
    return GroupPrices.parseKey(key);
  }
}
