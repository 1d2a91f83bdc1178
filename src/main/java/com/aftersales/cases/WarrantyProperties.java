package com.aftersales.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.warranty-months}: the warranty period every flow's warranty decision uses when the case
 * does not bring its own {@code warrantyMonths} variable (保修期限 of the product manual, rulebook 1.1.1.3).
 */
@ConfigurationProperties("aftersales")
public record WarrantyProperties(Integer warrantyMonths) {

  public static final int DEFAULT_WARRANTY_MONTHS = 12;

  public WarrantyProperties {
    if (warrantyMonths == null) {
      warrantyMonths = DEFAULT_WARRANTY_MONTHS;
    }
    if (warrantyMonths < 0) {
      throw new IllegalArgumentException("aftersales.warranty-months must not be negative");
    }
  }
}
