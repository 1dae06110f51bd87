package id.ngopeni.domain.privacy;

/**
 * Who must be told of a breach in writing within 3×24 hours (UU 27/2022 Pasal 46 ayat (1)): the
 * data subjects, and the supervisory body ("lembaga", Pasal 58).
 */
public enum NoticeAddressee {
  SUBJECTS,
  AUTHORITY
}
