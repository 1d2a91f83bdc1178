package com.aftersales.flows.complaint;

/**
 * Opens a new case linked to the complaint and starts the flow of the chosen solution (repair or exchange)
 * with the complaint's customer and product. Idempotent per complaint and type: asking again returns the
 * case started the first time.
 */
public interface SolutionCaseStarter {

  /** @return the case number of the linked case */
  String start(String originCaseNumber, String type, String processKey);
}
