package com.aftersales.stock;

import com.aftersales.variables.Variable;
import java.util.List;
import java.util.Optional;

/**
 * The stores of the ledger (rows of stock_store, V210_1): the parts store of 003 五.2 and the emergency store of
 * 003 八.3 (应急物资储备库), from which the emergency team takes parts. A store's code is the constant's name in
 * lower case ({@link Variable.Code}).
 */
public enum Store implements Variable.Code {
  MAIN("配件主仓库"),
  EMERGENCY("应急物资储备库");

  private final String label;

  Store(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Store> of(String code) {
    return Variable.Code.find(Store.class, code);
  }

  public static List<String> codes() {
    return Variable.Code.codes(Store.class);
  }
}
