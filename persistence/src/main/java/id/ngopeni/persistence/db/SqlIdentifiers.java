package id.ngopeni.persistence.db;

import java.util.regex.Pattern;

/** Identifiers (database names) cannot be bind parameters; only safe names are quoted in. */
public final class SqlIdentifiers {
  private static final Pattern SAFE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private SqlIdentifiers() {}

  public static String quote(String identifier) {
    if (!SAFE.matcher(identifier).matches()) {
      throw new IllegalArgumentException("unsafe SQL identifier");
    }
    return '"' + identifier + '"';
  }
}
