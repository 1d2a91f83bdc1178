package com.aftersales.flows.parts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The product lines the department services, each with its own parts catalogue: furniture parts are made to order
 * (004: the 附表 items and the model's price list), instruments and copiers take spare parts (the model's price
 * list). Which line a model belongs to is a row of {@code product_model_line}.
 */
public enum ProductLine {
  FURNITURE("furniture", "家具（定制补件）"),
  INSTRUMENT("instrument", "仪器（备件）"),
  COPIER("copier", "复印机（备件）");

  private final String code;
  private final String label;

  ProductLine(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<ProductLine> of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
