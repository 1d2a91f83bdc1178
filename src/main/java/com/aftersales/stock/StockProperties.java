package com.aftersales.stock;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.stock.*}.
 *
 * @param handlingFeeRate the handling fee on the cost price of parts a chargeable repair uses (003 九.1 配件费应按照
 *     采购价格加上一定的管理费进行收取), as a fraction: 0.10 charges cost plus 10 %. The rulebook names no rate; 10 % is
 *     the project's default.
 */
@ConfigurationProperties("aftersales.stock")
public record StockProperties(BigDecimal handlingFeeRate) {

  public StockProperties {
    if (handlingFeeRate == null) {
      handlingFeeRate = new BigDecimal("0.10");
    }
    if (handlingFeeRate.signum() < 0 || handlingFeeRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("aftersales.stock.handling-fee-rate must be between 0 and 1, not "
          + handlingFeeRate);
    }
  }

  public static StockProperties defaults() {
    return new StockProperties(null);
  }
}
