package id.ngopeni.api.http;

import java.util.Locale;

/** The one way a {@code Content-Type} header is compared: its media type, without parameters. */
public final class MediaTypes {
  private MediaTypes() {}

  /** {@code "Multipart/Form-Data; boundary=x"} → {@code "multipart/form-data"}; null → "". */
  public static String of(String contentType) {
    return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }

  public static boolean is(String contentType, String mediaType) {
    return of(contentType).equals(mediaType);
  }
}
