package id.ngopeni.domain.decree;

/** A decree change waits for a second person's decision, then is applied or not. */
public enum ChangeStatus {
  PENDING,
  APPROVED,
  REJECTED
}
