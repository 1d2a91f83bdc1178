package com.aftersales.customers;

import java.util.List;

/**
 * What a task shows of its customer: the name always, each contact value only when one of the viewer's task groups
 * needs it ({@link CustomerCards}); an absent value is left out of the JSON.
 */
public record CustomerCard(
    long customerId, String name, String contactName, String phone, String email, String address,
    Classification classification, List<String> forTasks) {}
