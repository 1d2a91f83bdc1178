package com.aftersales.cases;

import java.time.LocalDate;

/**
 * The warranty of one registered product of the installed base (000 §1.1.1.3: the period is confirmed from the
 * purchase date or the serial number and the product's own terms): it starts on {@code startsOn} (the installation,
 * else the purchase) and its last day is {@code endsOn}.
 */
public record ProductWarranty(long productId, String serialNumber, LocalDate startsOn, LocalDate endsOn) {}
