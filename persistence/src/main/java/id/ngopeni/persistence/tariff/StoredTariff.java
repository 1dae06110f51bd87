package id.ngopeni.persistence.tariff;

import id.ngopeni.domain.tariff.Tariff;
import java.util.UUID;

/** A tariff as stored: the domain record and its row id. */
public record StoredTariff(UUID id, Tariff tariff) {}
