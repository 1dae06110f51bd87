package id.ngopeni.persistence.crypto;

/**
 * What repositories need to store personal data: the cipher for values and the blind index for
 * finding them. One per instance, from its {@link DataKeys}.
 */
public record DataCrypto(FieldCipher cipher, BlindIndex index) {
  public static DataCrypto of(DataKeys keys) {
    return new DataCrypto(new FieldCipher(keys), new BlindIndex(keys));
  }

  /** The region segment of a NIK (province, regency, kecamatan: its first six digits), kept in clear. */
  public static String region(String nik) {
    return nik.substring(0, 6);
  }
}
