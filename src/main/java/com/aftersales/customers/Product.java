package com.aftersales.customers;

import java.time.LocalDate;

/**
 * A registered product of the installed base. {@code warrantyEndsOn} is the last day of its warranty: in the 360 view
 * the effective one (the registration's own end, else installation or purchase plus its model's term); as read from
 * the table only the registration's own end, if any.
 */
public record Product(
    long id, long customerId, String model, String serialNumber, LocalDate purchaseDate, String channel,
    LocalDate installedOn, LocalDate warrantyEndsOn) {

  public Product withWarrantyEndsOn(LocalDate end) {
    return new Product(id, customerId, model, serialNumber, purchaseDate, channel, installedOn, end);
  }
}
