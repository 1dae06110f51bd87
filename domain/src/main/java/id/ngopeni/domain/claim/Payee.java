package id.ngopeni.domain.claim;

/**
 * Who BPJS pays a benefit line to (DOMAIN.md, Who pays benefits). Not only an heir: JKK cash
 * benefits go to the worker, medical care to the provider (hospital, clinic, home-care
 * provider), and without any heir or will the funeral cost goes to whoever arranged the funeral.
 */
public enum Payee {
  /** The heir of the highest class registered (PP 44/2015 Pasal 37(5)). */
  HEIR,
  /** The injured worker themself. */
  WORKER,
  /** The health-care provider that treated the worker. */
  PROVIDER,
  /** No heir and no will: whoever arranged the funeral, with proof of its cost. */
  FUNERAL_ARRANGER
}
