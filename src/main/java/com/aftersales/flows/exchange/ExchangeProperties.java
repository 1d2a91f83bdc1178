package com.aftersales.flows.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code aftersales.exchange.*}. A named bean so that the model can address the manufacturer with
 * {@code ${exchangeProperties.manufacturerEmail}}.
 */
@Component("exchangeProperties")
@ConfigurationProperties("aftersales.exchange")
public class ExchangeProperties {

  /** Where exchange requests are mailed (the manufacturer's after-sales desk). */
  private String manufacturerEmail = "manufacturer@example.com";

  public String getManufacturerEmail() {
    return manufacturerEmail;
  }

  public void setManufacturerEmail(String manufacturerEmail) {
    if (manufacturerEmail == null || manufacturerEmail.isBlank() || !manufacturerEmail.contains("@")) {
      throw new IllegalArgumentException(
          "aftersales.exchange.manufacturer-email must be a mail address, not '" + manufacturerEmail + "'");
    }
    this.manufacturerEmail = manufacturerEmail.trim();
  }
}
