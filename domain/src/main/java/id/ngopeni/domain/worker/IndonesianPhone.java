package id.ngopeni.domain.worker;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Indonesian phone numbers, stored in one form ({@code +62…}) so they can be compared. */
public final class IndonesianPhone {
  /**
   * {@code +62}, {@code 62} or the trunk {@code 0}, then 8–13 digits not starting with 0 (a 0 after
   * the country code is the trunk prefix typed twice, e.g. {@code +62 0812…}).
   */
  private static final Pattern SHAPE = Pattern.compile("(?:\\+62|62|0)([1-9][0-9]{7,12})");

  /** People write numbers grouped: {@code 0812-3456-7890}, {@code (0341) 551 234}. */
  private static final Pattern GROUPING = Pattern.compile("[\\s.()-]");

  private IndonesianPhone() {}

  /** The number as {@code +62} and its national digits, or empty if it is not one. */
  public static Optional<String> normalize(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(GROUPING.matcher(text).replaceAll(""));
    return m.matches() ? Optional.of("+62" + m.group(1)) : Optional.empty();
  }
}
