package id.ngopeni.api.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The shipped list of commonly used passwords (resource security/common-passwords.txt). */
public final class CommonPasswords {
  private CommonPasswords() {}

  public static Set<String> load() {
    var stream = CommonPasswords.class.getResourceAsStream("/security/common-passwords.txt");
    if (stream == null) {
      throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
    }
    Set<String> passwords = new HashSet<>(32_768);
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          passwords.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return passwords;
  }
}
