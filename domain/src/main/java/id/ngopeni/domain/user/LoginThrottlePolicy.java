package id.ngopeni.domain.user;

import java.time.Duration;

/**
 * After {@code maxFailures} failed logins for one username within {@code window}, the
 * username is locked for {@code lockout}. Counting is per username whether it exists or not,
 * so the lockout itself does not reveal which usernames exist.
 */
public record LoginThrottlePolicy(int maxFailures, Duration window, Duration lockout) {
  public static final LoginThrottlePolicy DEFAULT =
      new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
}
