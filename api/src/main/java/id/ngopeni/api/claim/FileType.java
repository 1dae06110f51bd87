package id.ngopeni.api.claim;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a claim document may be, recognised by their first bytes (magic numbers),
 * never by the name or the Content-Type the client declared: a PNG named {@code .pdf} is a PNG,
 * and a text file named {@code .pdf} is refused.
 */
public enum FileType {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String contentType;
  private final String extension;
  private final byte[] magic;

  FileType(String contentType, String extension, byte[] magic) {
    this.contentType = contentType;
    this.extension = extension;
    this.magic = magic;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public static Optional<FileType> detect(byte[] content) {
    return Arrays.stream(values())
        .filter(t -> content.length >= t.magic.length
            && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
        .findFirst();
  }

  public static Optional<FileType> ofContentType(String contentType) {
    return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
  }
}
