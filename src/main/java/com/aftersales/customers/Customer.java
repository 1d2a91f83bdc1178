package com.aftersales.customers;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One archive of the customer archive (客户信息档案): its id, what it holds ({@code facts}, a {@link NewCustomer}),
 * {@code mergedInto} once merged into another, and when it was opened. The facts read as the archive's own
 * ({@code c.name()}, {@code c.creditGrade()}, ...) and stand flat in its JSON, beside {@code id}.
 */
public record Customer(long id, @JsonUnwrapped NewCustomer facts, Long mergedInto, Instant createdAt) {

  public CustomerKind kind() { return facts.kind(); }

  public String name() { return facts.name(); }

  public String contactName() { return facts.contactName(); }

  public String phone() { return facts.phone(); }

  public String email() { return facts.email(); }

  public String address() { return facts.address(); }

  public String region() { return facts.region(); }

  public String salesperson() { return facts.salesperson(); }

  public Classification classification() { return facts.classification(); }

  public CreditGrade creditGrade() { return facts.creditGrade(); }

  public BigDecimal creditLimit() { return facts.creditLimit(); }

  public LocalDate nextCreditReview() { return facts.nextCreditReview(); }

  public SecrecyLevel secrecyLevel() { return facts.secrecyLevel(); }
}
