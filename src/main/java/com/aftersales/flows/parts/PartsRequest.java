package com.aftersales.flows.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A parts request as the API shows it, with its lines, production orders and unpack record.
 *
 * @param billedByCase the parts are billed with the calling repair's quote and invoice (rulebook 000 §1.5.2.3:
 *     one case, one bill), so the request has no amount of its own and no payment
 * @param caseQuotedPartsAmount the parts amount of the repair's accepted quote (yuan), when billed by the case
 */
public record PartsRequest(
    String requestNumber,
    String caseNumber,
    String processInstanceId,
    String status,
    boolean coveredByWarranty,
    boolean urgent,
    boolean unpackRequested,
    boolean splitOrders,
    String customerName,
    String productModel,
    BigDecimal totalAmount,
    boolean billedByCase,
    BigDecimal caseQuotedPartsAmount,
    Instant requestedAt,
    String reviewedBy,
    Instant reviewedAt,
    String rejectionReason,
    BigDecimal paidAmount,
    String paymentReference,
    Instant paidAt,
    String deliveryNote,
    Instant shippedAt,
    Instant closedAt,
    List<PartLine> lines,
    List<Order> orders,
    Unpack unpack) {

  /** A production order (补件汇总表 may split hardware from panels) and its booking into the warehouse. */
  public record Order(
      int orderNo,
      String kind,
      Integer minDays,
      Integer maxDays,
      Instant dueAt,
      boolean urgentAgreed,
      Instant bookedAt,
      String bookedBy,
      String location) {}

  /** The unpack log entry (拆包纪录) of a package opened for this request. */
  public record Unpack(
      String packageNumber,
      String productModel,
      String partsTaken,
      String approvedBy,
      String unpackedBy,
      boolean packageMarked,
      Instant unpackedAt,
      Instant replenishDue,
      Instant replenishedAt,
      String replenishedBy) {}
}
