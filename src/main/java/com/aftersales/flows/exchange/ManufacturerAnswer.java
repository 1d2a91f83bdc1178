package com.aftersales.flows.exchange;

import java.time.LocalDate;

/** The manufacturer's answer as entered through the API; note and pickup date are optional. */
public record ManufacturerAnswer(ManufacturerDecision decision, String note, LocalDate pickupDate) {}
