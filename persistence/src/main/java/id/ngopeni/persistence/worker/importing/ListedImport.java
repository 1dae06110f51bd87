package id.ngopeni.persistence.worker.importing;

/** An import as the list of past imports shows it: the job and the username of who started it. */
public record ListedImport(ImportJob job, String createdByUsername) {}
