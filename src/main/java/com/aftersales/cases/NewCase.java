package com.aftersales.cases;

import java.time.LocalDate;

/**
 * What intake knows about a case before it has a number. {@code language} is a {@link CustomerLanguage} tag;
 * {@code customerId} the archive's customer when the caller names one; {@code organisation} the organisation the
 * caller speaks for, if any (intake then finds or opens the organisation's archive, with the caller as its contact).
 */
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
    String language,
    Long customerId,
    String organisation) {

  /** A customer who did not ask for a language (null) is written to in Chinese. */
  public NewCase {
    language = CustomerLanguage.of(language).tag();
  }

  /** A case of a private customer not yet known by id: intake finds them by phone or e-mail, or opens an archive. */
  public NewCase(
      String type, String channel, String customerName, String customerPhone, String customerEmail,
      String customerAddress, String productModel, String serialNumber, LocalDate purchaseDate, Boolean purchaseProof,
      String description, String externalReference) {
    this(type, channel, customerName, customerPhone, customerEmail, customerAddress, productModel, serialNumber,
        purchaseDate, purchaseProof, description, externalReference, null, null, null);
  }
}
