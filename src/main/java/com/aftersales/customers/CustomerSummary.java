package com.aftersales.customers;

/**
 * A search hit: enough to recognise the customer and pick the right one. Contact data only for groups that
 * need it (privacy.ContactDataPolicy); the rest of the archive is behind the logged 360 view.
 */
public record CustomerSummary(
    long id,
    CustomerKind kind,
    String name,
    String contactName,
    String phone,
    String email,
    String region,
    Classification classification) {}
