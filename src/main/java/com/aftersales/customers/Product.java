package com.aftersales.customers;

import java.time.LocalDate;

/** A registered product of the installed base. */
public record Product(
    long id, long customerId, String model, String serialNumber, LocalDate purchaseDate, String channel) {}
