package id.ngopeni.domain.user;

import java.time.Duration;

/**
 * How failed sign-ins are limited. Every attempt is counted BEFORE the password is checked (a
 * success gives it back), so attempts sent in parallel cannot all run. Three counters:
 *
 * <ul>
 *   <li>per username and client address: after {@code maxFailures} within {@code window} that
 *       pair is locked for {@code lockout} — the attacker's address, not the account's owner;
 *   <li>per username: after {@code accountMaxFailures} within {@code window} from any addresses
 *       the username is locked for everyone (guessing spread over many addresses);
 *   <li>per client address, whatever the usernames: the first {@code addressFreeFailures} within
 *       {@code addressWindow} run freely, then each further attempt waits twice as long as the
 *       one before (1 s, 2 s, 4 s, … at most {@code addressMaxDelay}).
 * </ul>
 *
 * Counting is per username whether it exists or not, so no limit reveals which usernames exist.
 */
public record LoginThrottlePolicy(
    int maxFailures,
    Duration window,
    Duration lockout,
    int accountMaxFailures,
    int addressFreeFailures,
    Duration addressWindow,
    Duration addressMaxDelay) {
  public static final LoginThrottlePolicy DEFAULT =
      new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 50, 20, Duration.ofHours(1),
          Duration.ofMinutes(15));

  public LoginThrottlePolicy {
    if (maxFailures < 1 || accountMaxFailures < maxFailures || addressFreeFailures < 0) {
      throw new IllegalArgumentException("login throttle limits out of order");
    }
  }

  /** The wait an address earns with its {@code failures}-th failure in the window (zero while free). */
  public Duration addressDelay(int failures) {
    int over = failures - addressFreeFailures;
    if (over <= 0) {
      return Duration.ZERO;
    }
    long seconds = over > 30 ? Long.MAX_VALUE : 1L << (over - 1);
    return seconds >= addressMaxDelay.toSeconds() ? addressMaxDelay : Duration.ofSeconds(seconds);
  }
}
