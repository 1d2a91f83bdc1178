package com.aftersales.stock;

import java.math.BigDecimal;

/**
 * A stocked spare part with what its label shows (003 五.2: name, model, specification, quantity, shelf life),
 * the level at or under which it is reordered and its cost price (the purchase price charges are based on, 九.1).
 *
 * @param shelfLifeMonths null for parts that do not age
 */
public record Part(
    String code,
    String name,
    String model,
    String specification,
    String unit,
    Integer shelfLifeMonths,
    int reorderLevel,
    BigDecimal costPrice) {}
