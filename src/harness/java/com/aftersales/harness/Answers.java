package com.aftersales.harness;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * What staff enter to complete each task of the four driven models (repair, complaint, exchange, parts), the one
 * table of the benchmark and the fault run. Where the form offers a choice that moves the case, {@link Choices}
 * decides: weighted at random in the benchmark, by the case's fixed path in the fault run. In every list of values
 * the first is the usual answer (the one a fixed path gets unless it names another).
 */
public final class Answers {

  private Answers() {}

  /** The answer for a task, or null for a task this table does not know. */
  public static Vars answer(String taskKey, Choices c) {
    Vars v = new Vars();
    switch (taskKey) {
      // ---- repair
      case "Task_AssessRequest" -> v.s("resolution", c.pick("resolution", "onSite", 50, "factory", 20, "phone", 20,
              "exchange", 10))
          .s("damageCause", c.pick("damageCause", "quality", 55, "human", 30, "unknown", 15))
          .s("assessmentNotes", "Assessed on the phone");
      // labour comes from labour-rate.dmn (the engineer's level and the difficulty chosen here)
      case "Task_PrepareQuote" -> v.s("repairDifficulty", difficulty(c))
          .d("partsCost", c.between("partsCost", 0, 400)).s("quoteNotes", "Labour and parts");
      case "Task_ObtainFactoryQuote" -> v.l("factoryQuoteAmount", c.between("factoryQuoteAmount", 100, 500))
          .s("factoryQuoteNotes", "Motor and bearings, the factory's price");
      case "Task_ObtainQuoteAnswer" -> v.s("quoteAnswer", c.pick("quoteAnswer", "accepted", 80, "declined", 20));
      case "Task_DispatchEngineer" -> v.s("engineer", c.pick("engineer", "eric", 1, "emma", 1))
          .s("appointment", dateTimeIn(1));
      case "Task_DiagnoseOnSite" -> v.s("faultsFound", "Upper hinge cracked")
          .s("damageCause", c.pick("damageCause", "quality", 60, "human", 40))
          .s("repairRoute", c.pick("repairRoute", "onSite", 50, "parts", 30, "factory", 20))
          .s("repairDifficulty", difficulty(c)).s("partsNeeded", "1x hinge H-20");
      case "Task_RepairOnSite" -> v.s("repairNotes", "Hinge replaced on site")
          .s("repairExplanation", "Hinge cracked by wear; replaced; do not hang weight on the door")
          .s("postRepairTest", "Door opened and closed 20 times, no noise").b("selfCheckDone", true);
      case "Task_ProvideParts" -> v.s("partsIssued", "1x hinge H-20 from stock");
      case "Task_RepairWithParts" -> v.s("repairNotes", "Repaired with the new parts")
          .s("repairExplanation", "Part worn out; new part fitted; clean the filter monthly")
          .s("postRepairTest", "Ran a full cycle, no fault").b("selfCheckDone", true);
      // day 5 of the parts repair: the new completion date agreed with the customer (later than day 7)
      case "Task_AgreeExtension" -> v.s("extendedUntil", dateTimeIn(14))
          .s("extensionReason", "Parts lead time of 10 to 12 working days");
      case "Task_SendToFactory" -> v.s("factoryReference", "FR-" + c.between("factoryReference", 0, 1_000_000));
      case "Task_AwaitFactoryReturn" -> v.s("factoryReport", "Motor replaced at the factory");
      case "Task_CheckWithFactory" -> v.s("factoryStatus", "In repair").s("expectedReturnDate", dateTimeIn(5));
      case "Task_WriteRepairReport" -> v.s("faultsFound", "Upper hinge cracked").s("partsReplaced", "H-20 hinge")
          .s("oldParts", c.pick("oldParts", "disposed", 40, "returned", 40, "none", 20))
          .s("reportNotes", "Tested after repair");
      // the head of the department approves the report (003 三.5); a sample is spot-checked (003 四.2)
      case "Task_ApproveRepairReport" -> {
        String approval = c.pick("reportApproval", "approved", 95, "returned", 5);
        v.s("reportApproval", approval).b("spotCheckOrdered", c.chance("spotCheckOrdered", 5));
        if (approval.equals("returned")) {
          v.s("reportApprovalNotes", "Name the replaced parts");
        }
      }
      case "Task_SpotCheck" -> {
        String result = c.pick("spotCheckResult", "passed", 90, "failed", 10);
        v.s("spotCheckMethod", c.pick("spotCheckMethod", "phone", 80, "onSite", 20)).s("spotCheckResult", result);
        if (result.equals("failed")) {
          v.s("spotCheckNotes", "Door still drops on the left");
        }
      }
      case "Task_Rework" -> v.s("reworkNotes", "Hinge re-aligned")
          .s("repairExplanation", "Hinge sagged again; re-aligned and tightened; do not hang weight on the door")
          .s("postRepairTest", "Door opened and closed 20 times, no drop").b("selfCheckDone", true);
      case "Task_ChasePayment" -> v.s("paymentChaseNote", "Called the customer about the invoice");
      case "Task_ObtainSignOff" -> v.s("signOff", c.pick("signOff", "resolved", 92, "unresolved", 8))
          .s("signOffNotes", "Signed by the customer").b("warrantyTermsHandedOver", true);
      // the parts request of a repair was rejected: the service manager chooses another route
      case "Task_ReviewPartsRejection" -> v.s("repairRoute", c.pick("repairRoute", "onSite", 60, "factory", 30,
              "parts", 10))
          .s("partsDecisionNotes", "Repair on site with the parts at hand");
      case "Task_ReviewUnresolvedRepair" -> v.s("expertAdvice", "Replace the whole door");
      case "Task_RecordPayment" -> v.l("amountPaid", c.between("amountPaid", 80, 700))
          .s("paymentReference", "POS-" + c.between("paymentReference", 0, 100_000));
      case "Task_FollowUpCall" -> v.l("satisfaction", satisfaction(c, "satisfaction")).s("followUpComments", "Called back");
      case "Task_ReviewDissatisfaction" -> v.s("reviewFindings", "Engineer to call the customer again");
      // ---- first contact of a request (exchange, parts and the service types)
      case "Task_ContactCustomer" -> v.s("contactNote", "Called the customer and confirmed the request");
      // ---- payment-gate (called by repair after an accepted quote, by parts-approval for charged standalone parts)
      case "Task_ApproveOverLimit" -> v.s("overLimitDecision", c.pick("overLimitDecision", "onAccount", 70,
          "payFirst", 30)).s("overLimitNote", "Long-standing customer");
      case "Task_ConfirmAdvancePayment" -> v.l("amountPaid", c.between("amountPaid", 100, 900))
          .s("paymentReference", "ICBC-" + c.between("paymentReference", 0, 100_000));
      // ---- complaint
      case "Task_RecordComplaint" -> v.s("channel", c.pick("channel", "phone", 60, "online", 20, "email", 20))
          .s("category", c.pick("category", "delivery", 15, "product-quality", 40, "service-attitude", 20,
              "installation", 10, "price", 10, "other", 5))
          .s("severity", c.pick("severity", "normal", 55, "low", 30, "high", 15))
          .b("keyCustomer", c.chance("keyCustomer", 10))
          .s("description", "The engineer came late twice").s("customerDemand", "A working unit and an apology");
      case "Task_RespondToComplaint" -> {
        String outcome = c.pick("responseOutcome", "resolved", 45, "investigate", 45, "needInfo", 10);
        v.s("responseOutcome", outcome).s("responseNote", "Called the customer");
        if (outcome.equals("resolved")) {
          v.s("resolution", "Explained and apologised")
              .s("causeCategory", c.pick("causeCategory", "miscommunication", 1, "staff-conduct", 1));
        } else if (outcome.equals("needInfo")) {
          v.s("infoRequest", "Please send a photo of the damage");
        }
      }
      case "Task_EnterCustomerAnswer" -> v.s("customerAnswer", "Photo received");
      case "Task_JudgeComplaint" -> v.b("complaintJustified", c.chance("complaintJustified", 75))
          .b("demandReasonable", c.chance("demandReasonable", 70)).s("judgementNote", "Judged by the handling group");
      case "Task_InvestigateCause" -> v.s("causeCategory", c.pick("causeCategory", "logistics", 15,
              "product-defect", 35, "workmanship", 20, "staff-conduct", 10, "miscommunication", 10, "not-justified", 10))
          .s("investigationFindings", "Cause found");
      case "Task_ProposeSolution" -> {
        String type = c.pick("solutionType", "apology", 25, "repair", 25, "exchange", 10, "refund", 10,
            "compensation", 15, "explanation", 15);
        v.s("solutionType", type).s("solutionDetails", "Agreed with the customer");
        if (type.equals("refund") || type.equals("compensation")) {
          v.d("compensationAmount", c.between("compensationAmount", 50, 500));
        }
      }
      case "Task_ConfirmFeedback" -> v.s("customerFeedback", c.pick("customerFeedback", "satisfied", 85,
          "not-satisfied", 15)).s("feedbackNote", "Asked");
      case "Task_FollowUp" -> v.s("followUpChannel", c.pick("followUpChannel", "call", 80, "visit", 20))
          .l("satisfactionScore", satisfaction(c, "satisfactionScore")).s("followUpNote", "Customer content");
      case "Task_ReviewResponsibility" -> v.b("earlierUnreported", c.chance("earlierUnreported", 30))
          .s("responsiblePerson", "eric").s("regionalHead", "rita").s("responsibilityFinding", "Training agreed");
      // ---- exchange
      case "Task_ConfirmQualityProblem" -> v.s("damageCause", c.pick("damageCause", "quality", 80, "human", 20))
          .s("qualityFindings", "Seal defective");
      case "Task_FillExchangeForm" -> v.s("exchangeReason", "Leaks from the first day")
          .b("originalPackaging", c.chance("originalPackaging", 70));
      case "Task_SignAsRegionalManager" -> v.s("regionalManagerDecision", decision(c, "regionalManagerDecision"))
          .s("regionalManagerComment", "Checked");
      case "Task_CheckReturnedProduct" -> v.s("salesOfficeDecision", decision(c, "salesOfficeDecision"))
          .s("salesOfficeComment", "Product checked");
      case "Task_DecideAsGeneralManager" -> v.s("generalManagerDecision", decision(c, "generalManagerDecision"))
          .s("generalManagerComment", "Decided");
      case "Task_StoreReturnedUnit" -> v.s("storageLocation", "R-" + c.between("storageLocation", 1, 100))
          .b("receivedInOriginalPackaging", c.chance("receivedInOriginalPackaging", 70))
          .b("exchangeFormEnclosed", true);
      case "Task_EnterManufacturerAnswer" -> v.s("manufacturerDecision", c.pick("manufacturerDecision",
              "accepted", 90, "refused", 10))
          .s("pickupDate", dateIn(3)).s("manufacturerNote", "Answer by mail");
      case "Task_ChaseManufacturer" -> v.s("chaseNote", "Asked again by phone");
      case "Task_ShipUnitToManufacturer" -> v.s("carrier", "SF Express")
          .s("trackingNumber", "SF" + c.between("trackingNumber", 100_000, 1_000_000));
      case "Task_DeliverNewUnit" -> v.s("newSerialNumber", "SN-NEW-" + System.nanoTime())
          .b("customerSignedFor", true).s("deliveryNote", "Delivered");
      case "Task_NegotiateWithCustomer" -> v.s("negotiationOutcome", c.pick("negotiationOutcome", "repair", 60,
          "close", 40)).s("negotiationNote", "Agreed");
      // ---- parts
      case "Task_RecordPartsRequest" -> v.json("partsLines", "[{\"partName\":\"Headboard 1.8 m\","
              + "\"part\":\"bed-headboard\",\"partCategory\":\"double-sided-gloss-panel\",\"size\":\"1.8\","
              + "\"colour\":\"walnut\",\"quantity\":" + c.between("quantity", 1, 3) + ",\"batchNumber\":\"B2026-1\","
              + "\"inspectionNumber\":\"QC-1\",\"reason\":\"cracked in transport\"}]")
          .b("coveredByWarranty", c.chance("coveredByWarranty", 40)).b("urgent", c.chance("urgent", 20))
          .b("unpackRequested", c.chance("unpackRequested", 20)).b("splitOrders", false);
      case "Task_ReviewPartsRequest" -> {
        String reviewDecision = decision(c, "reviewDecision");
        v.s("reviewDecision", reviewDecision);
        if (reviewDecision.equals("rejected")) {
          v.s("rejectionReason", "Not our product");
        }
      }
      case "Task_ApproveUnpack" -> v.s("unpackDecision", c.pick("unpackDecision", "approved", 80, "refused", 20))
          .s("unpackDecisionNote", "ok");
      case "Task_UnpackPackage" -> v.s("packageNumber", "PKG-" + c.between("packageNumber", 0, 10_000))
          .b("packageMarked", true);
      case "Task_ConfirmPayment" -> v.l("paidAmount", c.between("paidAmount", 100, 900))
          .s("paymentReference", "ICBC-" + c.between("paymentReference", 0, 100_000));
      case "Task_NegotiateUrgentDate" -> v.s("agreedReadyDate", dateIn(3));
      case "Task_MakeParts" -> v.b("partsInspected", true).s("productionNote", "Made and packed");
      case "Task_EnterPickupNotice" -> v.s("pickupNoticeReference", "TH-" + c.between("pickupNoticeReference", 1, 10_000))
          .s("pickupPlace", "Factory gate 2");
      case "Task_BookIntoWarehouse" -> v.s("warehouseLocation", "R-" + c.between("warehouseLocation", 1, 100));
      case "Task_PutPartsBack" -> v.b("putBackConfirmed", true);
      case "Task_ArrangeShipping" -> v.s("deliveryNoteNumber", "DN-" + c.between("deliveryNoteNumber", 0, 100_000))
          .s("nextDeliveryDate", dateIn(2));
      case "Task_ShipParts" -> {
        String result = c.pick("shipmentResult", "complete", 90, "wrong-or-missing", 10);
        v.s("shipmentResult", result);
        if (result.equals("wrong-or-missing")) {
          v.s("shipmentProblem", "One part missing");
        }
      }
      case "Task_CorrectParts" -> v.s("correctionNote", "Missing part sent");
      default -> {
        return null;
      }
    }
    return v;
  }

  /**
   * The tasks where staff book what the customer paid, with the variable that holds the amount due (as the form
   * shows it): the harnesses fill in that amount, since a payment short of it is refused.
   */
  public static final java.util.Map<String, String[]> AMOUNT_DUE = java.util.Map.of(
      "Task_ConfirmPayment", new String[] {"paidAmount", "partsTotalAmount"},
      "Task_ConfirmAdvancePayment", new String[] {"amountPaid", "paymentAmount"});

  /**
   * The tasks whose answer has a floor the form shows, with the variable that holds it: a factory repair's quote rests
   * on the factory's (000 §1.5.2.4), so the quote's parts cost at least the factory's quote; the harnesses raise the
   * answer to the floor, since a quote below it is refused.
   */
  public static final java.util.Map<String, String[]> AT_LEAST = java.util.Map.of(
      "Task_PrepareQuote", new String[] {"partsCost", "factoryQuoteAmount"});

  /**
   * Raises the answer of {@code taskKey} to its floor ({@link #AT_LEAST}), read by {@code shown} (a variable's value as
   * the form shows it: a number or its text; null when missing); unchanged for a task without a floor.
   */
  public static void raiseToFloor(String taskKey, Vars answer, java.util.function.Function<String, Object> shown) {
    String[] floor = AT_LEAST.get(taskKey);
    Object least = floor == null ? null : shown.apply(floor[1]);
    if (least == null || least.toString().isBlank()) {
      return;
    }
    double given = ((Number) answer.plain().getOrDefault(floor[0], 0)).doubleValue();
    answer.d(floor[0], Math.max(given, new java.math.BigDecimal(least.toString()).doubleValue()));
  }

  private static String difficulty(Choices c) {
    return c.pick("repairDifficulty", "standard", 60, "simple", 25, "complex", 15);
  }

  /** An approval: nine of ten approve. */
  private static String decision(Choices c, String field) {
    return c.pick(field, "approved", 90, "rejected", 10);
  }

  private static long satisfaction(Choices c, String field) {
    return Long.parseLong(c.pick(field, "5", 45, "4", 35, "3", 10, "2", 6, "1", 4));
  }

  /** Tomorrow's (or a later day's) 10:00 in Shanghai, as an ISO instant. */
  private static String dateTimeIn(int days) {
    return ZonedDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.HOURS).withHour(2)
        .toInstant().toString();
  }

  private static String dateIn(int days) {
    return LocalDate.now().plusDays(days).toString();
  }
}
