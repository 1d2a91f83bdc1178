package com.aftersales.cases;

import java.time.Instant;
import java.time.LocalDate;

public record ServiceCase(
    String caseNumber,
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
    String status,
    Instant openedAt,
    Instant closedAt,
    String processInstanceId,
    String language,
    Long customerId,
    Long productId) {}
