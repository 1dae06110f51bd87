package id.ngopeni.api.privacy;

import id.ngopeni.api.http.Caller;

/** Who reads personal data and from where: the caller and the client's address. */
public record Reader(Caller caller, String clientIp) {}
