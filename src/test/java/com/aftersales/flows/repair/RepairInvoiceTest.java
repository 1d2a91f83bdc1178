package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.repair.RepairProcess.Coverage;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a repair's invoice bills, from the quote and the parts request's lines (000 §1.5.2.3, 000 第五篇 一1). */
class RepairInvoiceTest {

  private static BigDecimal yuan(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  @DisplayName("000 §1.5.2.3 一案一单: without per-line decisions a chargeable repair bills its quote")
  void aChargeableRepairBillsItsQuote() {
    RepairInvoice invoice = RepairInvoice.of(Coverage.CHARGEABLE, yuan("200"), yuan("150"), yuan("150"), false, null);
    assertThat(invoice.labour()).isEqualByComparingTo("200.00");
    assertThat(invoice.parts()).isEqualByComparingTo("150.00");
    assertThat(invoice.total()).isEqualTo(yuan("350.00"));
    assertThat(invoice.needed()).isTrue();
  }

  @Test
  @DisplayName("000 第五篇 一1: the lines decided one by one replace the quote's new parts; the stocked parts stay")
  void linesDecidedOneByOneReplaceTheQuotedNewParts() {
    // quote: 120 for the stocked parts at cost plus fee, 900 typed in for the new parts
    RepairInvoice invoice = RepairInvoice.of(Coverage.CHARGEABLE, yuan("200"), yuan("1020"), yuan("900"), true,
        yuan("310"));
    assertThat(invoice.parts()).isEqualTo(yuan("430.00"));
    assertThat(invoice.total()).isEqualTo(yuan("630.00"));
  }

  @Test
  @DisplayName("000 第五篇 一1: a warranty repair is invoiced only for parts charged by their own ended term")
  void aWarrantyRepairIsInvoicedForItsChargedPartsOnly() {
    RepairInvoice charged = RepairInvoice.of(Coverage.WARRANTY, null, null, null, true, yuan("340"));
    assertThat(charged.labour()).isEqualTo(yuan("0.00"));
    assertThat(charged.total()).isEqualTo(yuan("340.00"));
    assertThat(charged.needed()).isTrue();

    RepairInvoice free = RepairInvoice.of(Coverage.WARRANTY, null, null, null, true, yuan("0.00"));
    assertThat(free.needed()).isFalse();
    assertThat(RepairInvoice.of(Coverage.WARRANTY, null, null, null, false, null).needed()).isFalse();
  }

  @Test
  @DisplayName("000 第五篇 一1 / 003 九.1: the store's parts decided one by one replace the quote's stocked parts")
  void storePartsDecidedOneByOneReplaceTheQuotedStockedParts() {
    // quote: 120 for the stocked parts, 900 typed in for the new parts; the store's charged parts cost 100.10 at the end
    RepairInvoice chargeable = RepairInvoice.of(Coverage.CHARGEABLE, yuan("200"), yuan("1020"), yuan("900"), true,
        yuan("310"), yuan("100.10"));
    assertThat(chargeable.parts()).isEqualTo(yuan("410.10"));
    assertThat(chargeable.total()).isEqualTo(yuan("610.10"));
    // no parts request: the quote's new parts stay
    assertThat(RepairInvoice.of(Coverage.CHARGEABLE, yuan("200"), yuan("1020"), yuan("900"), false, null,
        yuan("0")).parts()).isEqualTo(yuan("900.00"));

    RepairInvoice free = RepairInvoice.of(Coverage.WARRANTY, null, null, null, false, null, yuan("27.17"));
    assertThat(free.total()).isEqualTo(yuan("27.17"));
    assertThat(free.needed()).isTrue();
    assertThat(RepairInvoice.of(Coverage.WARRANTY, null, null, null, false, null, yuan("0.00")).needed()).isFalse();
  }
}
