package id.ngopeni.persistence.decree;

import id.ngopeni.domain.decree.DecreeChange;

/** A decree change with what its lists show beside it: the worker's name and kelurahan, the decree's source and year. */
public record StoredChange(DecreeChange change, String workerName, String kelurahanCode, String fundingSource, int year) {}
