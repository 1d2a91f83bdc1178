package com.aftersales.flows.repair;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param warrantyMonths the warranty period the warranty decision uses when the case does not bring its
 *     own {@code warrantyMonths} variable (per the product manual, 保修期限 from 使用说明书)
 */
@ConfigurationProperties("aftersales.repair")
public record RepairProperties(Integer warrantyMonths) {

  public static final int DEFAULT_WARRANTY_MONTHS = 12;

  public RepairProperties {
    if (warrantyMonths == null) {
      warrantyMonths = DEFAULT_WARRANTY_MONTHS;
    }
    if (warrantyMonths < 0) {
      throw new IllegalArgumentException("aftersales.repair.warranty-months must not be negative");
    }
  }
}
