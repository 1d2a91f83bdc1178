package com.aftersales.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case with its number: what it was opened with ({@code request}, the {@link NewCase} intake wrote; read back from
 * the case table it has no {@code organisation}, which intake turned into the archive's {@code customerId}, and no
 * contact data where the archive holds it) and where it stands. The request's facts read as the case's own
 * ({@code c.type()}, {@code c.customerName()}, ...).
 */
public record ServiceCase(
    String caseNumber,
    NewCase request,
    String status,
    Instant openedAt,
    Instant closedAt,
    String processInstanceId,
    Long productId) {

  public String type() { return request.type(); }

  public String channel() { return request.channel(); }

  public String customerName() { return request.customerName(); }

  public String customerPhone() { return request.customerPhone(); }

  public String customerEmail() { return request.customerEmail(); }

  public String customerAddress() { return request.customerAddress(); }

  public String productModel() { return request.productModel(); }

  public String serialNumber() { return request.serialNumber(); }

  public LocalDate purchaseDate() { return request.purchaseDate(); }

  public Boolean purchaseProof() { return request.purchaseProof(); }

  public String description() { return request.description(); }

  public String externalReference() { return request.externalReference(); }

  public String language() { return request.language(); }

  public Long customerId() { return request.customerId(); }
}
