package id.ngopeni.domain;

/** Checks a record's compact constructor makes of its components. */
public final class Components {
  private Components() {}

  /**
   * {@code Components.requireNonNull("id workerId type", id, workerId, type)}: the components named,
   * space-separated and in the order of the values, must not be null. The first null one fails
   * with the {@link NullPointerException} {@link java.util.Objects#requireNonNull(Object, String)}
   * gives: its message is the component's name.
   *
   * @throws IllegalArgumentException when there are not as many names as values
   */
  public static void requireNonNull(String names, Object... values) {
    String[] named = names.split(" ");
    if (named.length != values.length) {
      throw new IllegalArgumentException(named.length + " names for " + values.length + " values: " + names);
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(named[i]);
      }
    }
  }
}
