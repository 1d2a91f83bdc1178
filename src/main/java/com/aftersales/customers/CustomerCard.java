package com.aftersales.customers;

import java.util.List;

/**
 * What a task shows of its customer: the name always, each contact value only when one of the viewer's task groups
 * needs it ({@link CustomerCards}); an absent value is left out of the JSON. A case of the viewer's tasks that repeats
 * an earlier repair of the same product is named with the earlier case (the repeat-repair flag).
 */
public record CustomerCard(
    long customerId, String name, String contactName, String phone, String email, String address,
    Classification classification, List<String> forTasks,
    /** "AS-2026-000042 返修 AS-2026-000017": the viewer's task's case is a repeat repair of the earlier case. */
    List<String> repeatRepairs) {}
