package com.aftersales.cases;

/**
 * Told when a case is closed ({@link CaseService#close}), in the closing transaction, so that what a feature
 * starts from a closed case (the return visit) commits or rolls back with the closing itself. Every flow closes
 * its case through {@link CaseService}, so a listener needs no hook in the flows. Called again when a job closes
 * the same case again (jobs run at least once): listeners are idempotent.
 */
@FunctionalInterface
public interface CaseClosedListener {

  void caseClosed(ServiceCase closedCase);
}
