package id.ngopeni.persistence.reference;

/** A region row; {@code parentCode} is null for a province. */
public record Region(String code, String level, String name, String parentCode) {}
