package id.ngopeni.persistence.crypto;

/**
 * A sealed value that does not open: its authentication tag fails (it was changed, or moved from
 * another row or column), or it names a key the key file lacks. Never garbage instead: the
 * request fails. The message names the column and the row, never the value.
 */
public final class UnreadableValue extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableValue(String message) {
    super(message, null, false, false);
  }
}
