package id.ngopeni.api.worker;

import java.util.UUID;

/** A warning in a create or patch answer; {@code workerId} only when the caller may see that worker. */
record Warning(String code, String message, UUID workerId) {}
