package id.ngopeni.api;

import id.ngopeni.api.auth.AuthService;
import id.ngopeni.api.auth.TokenService;
import id.ngopeni.api.ops.OpsRoutes;
import id.ngopeni.api.user.UserService;

/** The use-case services of one instance, shared by all its event loops. */
public record Services(TokenService tokens, AuthService auth, UserService users, OpsRoutes ops) {}
