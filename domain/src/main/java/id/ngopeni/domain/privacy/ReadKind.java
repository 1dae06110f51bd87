package id.ngopeni.domain.privacy;

/** How a person's data was read: one row of the access log per request, of one kind. */
public enum ReadKind {
  /** Full identifiers shown on request, with a purpose. */
  REVEAL,
  /** One person's record opened ({@code GET /workers/{id}}, their heirs). */
  DETAIL,
  /** Found by an exact NIK typed in a body. */
  LOOKUP,
  /** A page of a list or a search. */
  SEARCH,
  /** A file of many people (CSV, XLSX). */
  EXPORT,
  /** A stored document downloaded (a claim's scan). */
  DOWNLOAD
}
