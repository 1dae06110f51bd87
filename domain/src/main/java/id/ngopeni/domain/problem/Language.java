package id.ngopeni.domain.problem;

/**
 * The languages messages are written in: Indonesian, the default, and English. Codes never
 * change with the language; only {@code detail} and {@code errors[].message} do.
 */
public enum Language {
  ID("id"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag, e.g. for {@code Content-Language}. */
  public String tag() {
    return tag;
  }
}
