package id.ngopeni.persistence.dtsen;

/** A row whose NIK an earlier row of the same file already holds (the NIK itself is not carried). */
public record RepeatedNik(int row, int firstRow) {}
