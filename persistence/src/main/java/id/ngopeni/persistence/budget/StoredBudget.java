package id.ngopeni.persistence.budget;

import id.ngopeni.domain.budget.Budget;

/** A budget row and its optimistic-lock version. */
public record StoredBudget(Budget budget, int version) {}
