package com.aftersales.harness;

/**
 * Who decides where a case goes when the answer table ({@link Answers}) offers a choice. The benchmark decides by the
 * weights (common paths often, rare ones now and then); the fault run follows one fixed path per case, so that its
 * end state is known in advance. Each decision is named after the form field it fills.
 */
public interface Choices {

  /** One of the values, given as value, weight, value, weight ... */
  String pick(String field, Object... valueWeightPairs);

  /** Yes with the given chance in percent. */
  boolean chance(String field, int percent);

  /** A whole number in [from, to). */
  long between(String field, long from, long to);
}
