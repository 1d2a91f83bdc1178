package com.aftersales.cases;

import java.time.LocalDate;

/** What intake knows about a case before it has a number. */
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
    String externalReference) {}
