package com.aftersales.stock;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** The quantity of one part in one store, with what the reorder check needs. */
public record StockLevel(
    String store,
    String part,
    String name,
    String model,
    String specification,
    String unit,
    int quantity,
    int reorderLevel,
    BigDecimal costPrice) {

  /** At or under the reorder level: time to buy (003 五.1 plans purchases by the stock). */
  @JsonProperty
  public boolean atOrBelowReorderLevel() {
    return quantity <= reorderLevel;
  }
}
