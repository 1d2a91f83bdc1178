package com.aftersales.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.stock.StockService.CasePart;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 003 九.1: a chargeable repair's parts at the ledger's cost price plus the configured handling fee. */
class PartsChargesTest {

  @Test
  @DisplayName("each part is charged at its cost plus the handling fee, rounded to the fen; the total adds the lines")
  void costPlusHandlingFee() {
    PartsCharges.Charge charge = PartsCharges.price("AS-2026-000001", true, List.of(
        new CasePart("TN-1", 2, new BigDecimal("160.00")), new CasePart("DR-1", 1, new BigDecimal("350.55"))),
        new BigDecimal("0.10"));

    assertThat(charge.lines()).extracting(PartsCharges.Line::handlingFee)
        .containsExactly(new BigDecimal("16.00"), new BigDecimal("35.06"));
    assertThat(charge.lines()).extracting(PartsCharges.Line::amount)
        .containsExactly(new BigDecimal("176.00"), new BigDecimal("385.61"));
    assertThat(charge.total()).isEqualByComparingTo("561.61");
  }

  @Test
  @DisplayName("a repair under warranty charges nothing for its parts, though the ledger keeps their cost")
  void warrantyChargesNothing() {
    PartsCharges.Charge charge = PartsCharges.price("AS-2026-000001", false,
        List.of(new CasePart("TN-1", 2, new BigDecimal("160.00"))), new BigDecimal("0.10"));

    assertThat(charge.total()).isEqualByComparingTo("0");
    assertThat(charge.lines().get(0).cost()).isEqualByComparingTo("160.00");
  }

  @Test
  @DisplayName("the handling fee rate defaults to 10 % and must lie between 0 and 1")
  void rateIsConfigured() {
    assertThat(StockProperties.defaults().handlingFeeRate()).isEqualByComparingTo("0.10");
    assertThatThrownBy(() -> new StockProperties(new BigDecimal("1.5"))).isInstanceOf(IllegalArgumentException.class);
  }
}
