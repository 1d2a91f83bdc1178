package com.aftersales.flows.parts;

import com.aftersales.variables.Variable;
import java.util.Optional;

/**
 * The product lines the department services, each with its own parts catalogue: furniture parts are made to order
 * (004: the 附表 items and the model's price list), instruments and copiers take spare parts (the model's price
 * list). Which line a model belongs to is a row of {@code product_model_line}; its code there is the constant's
 * name in lower case ({@link Variable.Code}).
 */
public enum ProductLine implements Variable.Code {
  FURNITURE("家具（定制补件）"),
  INSTRUMENT("仪器（备件）"),
  COPIER("复印机（备件）");

  private final String label;

  ProductLine(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<ProductLine> of(String code) {
    return Variable.Code.find(ProductLine.class, code);
  }
}
