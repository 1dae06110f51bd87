package id.ngopeni.persistence.user;

import id.ngopeni.domain.user.RoleGrant;

/** A role grant with the username of the user it is for (as registered now). */
public record StoredRoleGrant(RoleGrant grant, String username) {}
