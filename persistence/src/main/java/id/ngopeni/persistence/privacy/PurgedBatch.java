package id.ngopeni.persistence.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What one retention batch did, as its audit tombstone states it: how many records (and rows,
 * when a record spans several), the first and last id and a SHA-256 over the sorted ids — never
 * the data. {@code part} names the table when a kind spans several; records whose key is itself
 * personal (a username, an address) get no ids and no digest. {@code held}: records past their
 * period that other records still need (kept, counted).
 */
public record PurgedBatch(String part, int count, long rows, String firstId, String lastId, String digest, int held) {
  /** Nothing was left to do. */
  public static PurgedBatch none(String part) {
    return new PurgedBatch(part, 0, 0, null, null, null, 0);
  }

  /** A batch over these ids (sorted here), {@code rows} rows in all. */
  public static PurgedBatch of(String part, List<String> ids, long rows, int held) {
    if (ids.isEmpty()) {
      return new PurgedBatch(part, 0, rows, null, null, null, held);
    }
    List<String> sorted = ids.stream().sorted(PurgedBatch::compareIds).toList();
    return new PurgedBatch(part, sorted.size(), rows, sorted.get(0), sorted.get(sorted.size() - 1), digest(sorted), held);
  }

  /** A batch of {@code count} records whose keys are not to be written anywhere. */
  public static PurgedBatch anonymous(String part, int count) {
    return new PurgedBatch(part, count, count, null, null, null, 0);
  }

  /** Records this batch looked at, done or held: fewer than the batch size means the kind is through. */
  public int touched() {
    return count + held;
  }

  /** Numeric ids by value, others as text. */
  private static int compareIds(String a, String b) {
    if (a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static String digest(List<String> ids) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String id : ids) {
        sha.update(id.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
