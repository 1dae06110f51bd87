package id.ngopeni.persistence.registry;

/** A region row; {@code parentCode} is null for a province. */
public record Region(String code, String level, String name, String parentCode) {}
