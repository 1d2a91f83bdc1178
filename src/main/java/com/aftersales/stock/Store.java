package com.aftersales.stock;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The stores of the ledger (rows of stock_store, V210_1): the parts store of 003 五.2 and the emergency store of
 * 003 八.3 (应急物资储备库), from which the emergency team takes parts.
 */
public enum Store {
  MAIN("main", "配件主仓库"),
  EMERGENCY("emergency", "应急物资储备库");

  private final String code;
  private final String label;

  Store(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Store> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Store::code).toList();
  }
}
