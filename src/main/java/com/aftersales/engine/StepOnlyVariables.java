package com.aftersales.engine;

/**
 * Variables a feature keeps only while a step runs or as bookkeeping of its own: under the history level
 * {@code audit-lean} their history rows are not written. A feature declares its names as a bean of this type;
 * the engine package knows no feature by name.
 */
@FunctionalInterface
public interface StepOnlyVariables {

  /** Whether {@code variableName} is one of this feature's step-only variables. */
  boolean contains(String variableName);
}
