package com.aftersales.cases;

import java.util.Optional;

/**
 * The warranty periods registered per product model (the installed base's warranty terms): the warranty decision
 * reads the product's own period instead of one global number of months. The customer archive provides the bean.
 */
public interface WarrantyTerms {

  /** The registered period of the whole product, if its model has one. */
  Optional<Integer> months(String productModel);

  /**
   * The period a part of the model has of its own (rulebook 000 第五篇 一1: parts with other periods are stated in the
   * contract), empty when the part has none and the product's warranty covers it.
   */
  default Optional<Integer> ownPartMonths(String productModel, String partCode) {
    return Optional.empty();
  }

  /** The warranty of the registered product the case is about, when the case has one with a known start. */
  default Optional<ProductWarranty> ofCase(String caseNumber) {
    return Optional.empty();
  }
}
