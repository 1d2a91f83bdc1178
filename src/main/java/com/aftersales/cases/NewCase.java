package com.aftersales.cases;

import java.time.LocalDate;

/** What intake knows about a case before it has a number; {@code language}: a {@link CustomerLanguage} tag. */
public record NewCase(
    String type,
    String channel,
    String customerName,
    String customerPhone,
    String customerEmail,
    String customerAddress,
    String productModel,
    String serialNumber,
    LocalDate purchaseDate,
    Boolean purchaseProof,
    String description,
    String externalReference,
    String language) {

  /** A customer who did not ask for a language (null) is written to in Chinese. */
  public NewCase {
    language = CustomerLanguage.of(language).tag();
  }

  /** A case whose customer did not ask for a language. */
  public NewCase(String type, String channel, String customerName, String customerPhone, String customerEmail,
      String customerAddress, String productModel, String serialNumber, LocalDate purchaseDate, Boolean purchaseProof,
      String description, String externalReference) {
    this(type, channel, customerName, customerPhone, customerEmail, customerAddress, productModel, serialNumber,
        purchaseDate, purchaseProof, description, externalReference, null);
  }
}
