package com.aftersales.faults;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paths the fault run drives through the models. Unlike the benchmark's weighted random answers, every case
 * follows one fixed path, so its end state is known in advance: the end event its process instance must finish
 * in, the status its case record must have, and the ledger rows it must leave. The path is encoded in the case's
 * external reference, so the checks read it back from the database (also for cases whose intake answer was lost
 * with a killed node).
 */
enum Path {
  /** Customer service solves it on the phone. */
  REPAIR_PHONE("repair", "R1", 30, "EndEvent_ResolvedByPhone", "RESOLVED_BY_PHONE"),
  /** Quality fault under warranty, repaired on site, signed off, follow-up call after the 24 h timer. */
  REPAIR_ON_SITE("repair", "R2", 30, "EndEvent_RepairCompleted", "COMPLETED"),
  /** Out of warranty, caused by the customer: quoted, the customer declines. */
  REPAIR_QUOTE_DECLINED("repair", "R3", 1200, "EndEvent_ClosedQuoteDeclined", "QUOTE_DECLINED"),
  /** Responded to and resolved at once, confirmed, followed up, archived. */
  COMPLAINT_RESOLVED("complaint", "C1", 30, "EndEvent_ComplaintArchived", "ARCHIVED"),
  /** Judged, investigated, an apology proposed, confirmed, followed up, archived. */
  COMPLAINT_INVESTIGATED("complaint", "C2", 30, "EndEvent_ComplaintArchived", "ARCHIVED"),
  /** Approved by all three signatures, the manufacturer accepts, new unit delivered, ledger row, follow-up. */
  EXCHANGE_DONE("exchange", "E1", 30, "EndEvent_Exchanged", "EXCHANGED"),
  /** Parts under warranty, approved, made, booked, shipped complete. */
  PARTS_DELIVERED("parts", "P1", 30, "EndEvent_PartsDelivered", "PARTS_DELIVERED"),
  /** Parts request rejected by planning. */
  PARTS_REJECTED("parts", "P2", 30, "EndEvent_Rejected", "PARTS_REJECTED");

  final String type;
  final String code;
  final int purchaseDaysAgo;
  final String endEvent;
  final String caseStatus;

  Path(String type, String code, int purchaseDaysAgo, String endEvent, String caseStatus) {
    this.type = type;
    this.code = code;
    this.purchaseDaysAgo = purchaseDaysAgo;
    this.endEvent = endEvent;
    this.caseStatus = caseStatus;
  }

  /** The mix: case i of a run takes path i modulo this rota (repairs 40 %, complaints 25 %, parts 20 %, exchanges 15 %). */
  private static final Path[] ROTA = {REPAIR_ON_SITE, COMPLAINT_RESOLVED, PARTS_DELIVERED, REPAIR_PHONE, EXCHANGE_DONE,
      REPAIR_ON_SITE, COMPLAINT_INVESTIGATED, REPAIR_QUOTE_DECLINED, PARTS_DELIVERED, EXCHANGE_DONE,
      REPAIR_ON_SITE, COMPLAINT_RESOLVED, PARTS_REJECTED, REPAIR_PHONE, EXCHANGE_DONE, REPAIR_ON_SITE,
      COMPLAINT_INVESTIGATED, PARTS_DELIVERED, REPAIR_QUOTE_DECLINED, COMPLAINT_RESOLVED};

  static Path forIndex(int i) {
    return ROTA[i % ROTA.length];
  }

  static Path ofReference(String externalReference) {
    String code = externalReference.substring(externalReference.lastIndexOf('-') + 1);
    for (Path p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no path in " + externalReference);
  }

  /** The intake API's JSON body for case {@code n} of this path. */
  Map<String, Object> request(String reference, int n) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("channel", "phone");
    body.put("customer", Map.of("name", "Customer " + n, "phone", "139" + String.format("%08d", n),
        "email", "customer" + n + "@example.com", "address", (n % 50) + " Huaihai Road, Shanghai"));
    body.put("product", Map.of("model", type.equals("parts") ? "Bed B-180" : "WM-1200", "serialNumber", "SN-F-" + n,
        "purchaseDate", LocalDate.now().minusDays(purchaseDaysAgo).toString(), "purchaseProof", true));
    body.put("description", switch (type) {
      case "complaint" -> "The engineer came late twice and the unit still rattles (fault run " + n + ")";
      case "parts" -> "Headboard cracked in transport (fault run " + n + ")";
      case "exchange" -> "New unit leaks water from the first day (fault run " + n + ")";
      default -> "Door hinge broke; the unit does not close (fault run " + n + ")";
    });
    body.put("externalReference", reference);
    return body;
  }

  /** What the user enters to complete the task on this path; null for a task this path should never reach. */
  Vars answer(String taskKey) {
    Vars v = new Vars();
    switch (taskKey) {
      // ---- repair
      case "Task_AssessRequest" -> {
        if (this == REPAIR_PHONE) {
          v.s("resolution", "phone").s("damageCause", "unknown").s("assessmentNotes", "Explained the reset on the phone");
        } else if (this == REPAIR_QUOTE_DECLINED) {
          v.s("resolution", "onSite").s("damageCause", "human").s("assessmentNotes", "Dropped by the customer");
        } else {
          v.s("resolution", "onSite").s("damageCause", "quality").s("assessmentNotes", "Hinge fault");
        }
      }
      case "Task_PrepareQuote" -> v.l("labourCost", 150).d("partsCost", 80).s("quoteNotes", "Labour and one hinge");
      case "Task_ObtainQuoteAnswer" -> v.s("quoteAnswer", "declined");
      case "Task_DispatchEngineer" -> v.s("engineer", "eric").s("appointment", dateTimeIn(1));
      case "Task_DiagnoseOnSite" -> v.s("faultsFound", "Upper hinge cracked").s("damageCause", "quality")
          .s("repairRoute", "onSite").s("partsNeeded", "1x hinge H-20");
      case "Task_RepairOnSite" -> v.s("repairNotes", "Hinge replaced on site");
      case "Task_WriteRepairReport" -> v.s("faultsFound", "Upper hinge cracked").s("partsReplaced", "H-20 hinge")
          .s("oldParts", "disposed").s("reportNotes", "Tested after repair");
      case "Task_ObtainSignOff" -> v.s("signOff", "resolved").s("signOffNotes", "Signed by the customer");
      case "Task_FollowUpCall" -> v.l("satisfaction", 5).s("followUpComments", "Customer content");
      // ---- complaint
      case "Task_RecordComplaint" -> v.s("channel", "phone").s("category", "delivery").s("severity", "normal")
          .b("keyCustomer", false).s("description", "The engineer came late twice")
          .s("customerDemand", "An apology");
      case "Task_RespondToComplaint" -> {
        if (this == COMPLAINT_RESOLVED) {
          v.s("responseOutcome", "resolved").s("responseNote", "Called the customer")
              .s("resolution", "Explained and apologised").s("causeCategory", "miscommunication");
        } else {
          v.s("responseOutcome", "investigate").s("responseNote", "Called the customer");
        }
      }
      case "Task_JudgeComplaint" -> v.b("complaintJustified", true).b("demandReasonable", true)
          .s("judgementNote", "Justified");
      case "Task_InvestigateCause" -> v.s("causeCategory", "logistics").s("investigationFindings", "Carrier late");
      case "Task_ProposeSolution" -> v.s("solutionType", "apology").s("solutionDetails", "Written apology sent");
      case "Task_ConfirmFeedback" -> v.s("customerFeedback", "satisfied").s("feedbackNote", "Asked");
      case "Task_FollowUp" -> v.s("followUpChannel", "call").l("satisfactionScore", 5).s("followUpNote", "Content");
      // ---- exchange
      case "Task_ConfirmQualityProblem" -> v.s("damageCause", "quality").s("qualityFindings", "Seal defective");
      case "Task_FillExchangeForm" -> v.s("exchangeReason", "Leaks from the first day").b("originalPackaging", true);
      case "Task_SignAsRegionalManager" -> v.s("regionalManagerDecision", "approved").s("regionalManagerComment", "ok");
      case "Task_CheckReturnedProduct" -> v.s("salesOfficeDecision", "approved").s("salesOfficeComment", "checked");
      case "Task_DecideAsGeneralManager" -> v.s("generalManagerDecision", "approved").s("generalManagerComment", "ok");
      case "Task_StoreReturnedUnit" -> v.s("storageLocation", "R-12").b("receivedInOriginalPackaging", true)
          .b("exchangeFormEnclosed", true);
      case "Task_EnterManufacturerAnswer" -> v.s("manufacturerDecision", "accepted").s("pickupDate", dateIn(3))
          .s("manufacturerNote", "Answer by mail");
      case "Task_ShipUnitToManufacturer" -> v.s("carrier", "SF Express").s("trackingNumber", "SF123456");
      case "Task_DeliverNewUnit" -> v.s("newSerialNumber", "SN-NEW-" + System.nanoTime())
          .b("customerSignedFor", true).s("deliveryNote", "Delivered");
      // ---- parts
      case "Task_RecordPartsRequest" -> v.json("partsLines", "[{\"partName\":\"Headboard 1.8 m\",\"part\":\"bed-headboard\","
              + "\"partCategory\":\"double-sided-gloss-panel\",\"size\":\"1.8\",\"colour\":\"walnut\",\"quantity\":1,"
              + "\"batchNumber\":\"B2026-1\",\"inspectionNumber\":\"QC-1\",\"reason\":\"cracked in transport\"}]")
          .b("coveredByWarranty", true).b("urgent", false).b("unpackRequested", false).b("splitOrders", false);
      case "Task_ReviewPartsRequest" -> {
        if (this == PARTS_REJECTED) {
          v.s("reviewDecision", "rejected").s("rejectionReason", "Not our product");
        } else {
          v.s("reviewDecision", "approved");
        }
      }
      case "Task_MakeParts" -> v.b("partsInspected", true).s("productionNote", "Made and packed");
      case "Task_BookIntoWarehouse" -> v.s("warehouseLocation", "R-7");
      case "Task_ArrangeShipping" -> v.s("deliveryNoteNumber", "DN-" + System.nanoTime() % 100_000)
          .s("nextDeliveryDate", dateIn(2));
      case "Task_ShipParts" -> v.s("shipmentResult", "complete");
      default -> {
        return null;
      }
    }
    return v;
  }

  private static String dateTimeIn(int days) {
    return ZonedDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.HOURS).withHour(2)
        .toInstant().toString();
  }

  private static String dateIn(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  /** Typed variables for the REST API: {"name": {"value": v, "type": T}}. */
  static final class Vars {
    final Map<String, Object> values = new LinkedHashMap<>();

    Vars s(String name, String value) {
      values.put(name, Map.of("value", value, "type", "String"));
      return this;
    }

    Vars l(String name, long value) {
      values.put(name, Map.of("value", value, "type", "Long"));
      return this;
    }

    Vars d(String name, double value) {
      values.put(name, Map.of("value", value, "type", "Double"));
      return this;
    }

    Vars b(String name, boolean value) {
      values.put(name, Map.of("value", value, "type", "Boolean"));
      return this;
    }

    Vars json(String name, String value) {
      values.put(name, Map.of("value", value, "type", "Json"));
      return this;
    }

    Map<String, Object> body() {
      return Map.of("variables", values);
    }
  }
}
