package id.ngopeni.persistence.db;

/** PostgreSQL could not be reached; the request may succeed later (HTTP 503). */
public final class DatabaseUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseUnavailable(Throwable cause) {
    super("database unavailable", cause, false, false);
  }
}
