package id.ngopeni.domain.decree;

/** Why a worker of last year's decree is not carried into the next one. */
public enum NotReverified {
  /** A death is recorded for the worker. */
  DIED,
  /** The worker's category is no longer the one they were in the decree for. */
  CATEGORY_CHANGED,
  /** The worker's kelurahan now lies outside the regency they were in the decree for. */
  LEFT_AREA,
  /** The source has a DTSEN policy and the worker's latest decile is above it. */
  DECILE_ABOVE_POLICY,
  /** The source has a DTSEN policy and no imported extract holds the worker's NIK. */
  NOT_IN_DTSEN
}
