package com.aftersales.faults;

import com.aftersales.harness.Answers;
import com.aftersales.harness.Choices;
import com.aftersales.harness.IntakeBody;
import com.aftersales.harness.Vars;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The paths the fault run drives through the models. The answers are the harnesses' one table ({@link Answers});
 * unlike the benchmark, which chooses by weights, every case follows one fixed path (its {@link Choices}), so its end state is known in advance: the end event its process instance must finish
 * in, the status its case record must have, and the ledger rows it must leave. The path is encoded in the case's
 * external reference, so the checks read it back from the database (also for cases whose intake answer was lost
 * with a killed node).
 */
enum Path implements Choices {
  /** Customer service solves it on the phone. */
  REPAIR_PHONE("repair", "R1", 30, "EndEvent_ResolvedByPhone", "RESOLVED_BY_PHONE",
      Map.of("resolution", "phone", "damageCause", "unknown")),
  /** Quality fault under warranty, repaired on site, signed off, follow-up call after the 24 h timer. */
  REPAIR_ON_SITE("repair", "R2", 30, "EndEvent_RepairCompleted", "COMPLETED",
      Map.of("resolution", "onSite", "damageCause", "quality", "repairRoute", "onSite", "signOff", "resolved")),
  /** Out of warranty, caused by the customer: quoted, the customer declines. */
  REPAIR_QUOTE_DECLINED("repair", "R3", 1200, "EndEvent_ClosedQuoteDeclined", "QUOTE_DECLINED",
      Map.of("resolution", "onSite", "damageCause", "human", "quoteAnswer", "declined")),
  /** Responded to and resolved at once, confirmed, followed up, archived. */
  COMPLAINT_RESOLVED("complaint", "C1", 30, "EndEvent_ComplaintArchived", "ARCHIVED",
      Map.of("responseOutcome", "resolved", "keyCustomer", "false", "customerFeedback", "satisfied")),
  /** Judged, investigated, an apology proposed, confirmed, followed up, archived. */
  COMPLAINT_INVESTIGATED("complaint", "C2", 30, "EndEvent_ComplaintArchived", "ARCHIVED",
      Map.of("responseOutcome", "investigate", "keyCustomer", "false", "complaintJustified", "true",
          "demandReasonable", "true", "solutionType", "apology", "customerFeedback", "satisfied")),
  /** Approved by all three signatures, the manufacturer accepts, new unit delivered, ledger row, follow-up. */
  EXCHANGE_DONE("exchange", "E1", 30, "EndEvent_Exchanged", "EXCHANGED",
      Map.of("damageCause", "quality", "regionalManagerDecision", "approved", "salesOfficeDecision", "approved",
          "generalManagerDecision", "approved", "manufacturerDecision", "accepted", "originalPackaging", "true",
          "receivedInOriginalPackaging", "true")),
  /** Parts under warranty, approved, made, booked, shipped complete. */
  PARTS_DELIVERED("parts", "P1", 30, "EndEvent_PartsDelivered", "PARTS_DELIVERED",
      Map.of("coveredByWarranty", "true", "urgent", "false", "unpackRequested", "false", "reviewDecision", "approved",
          "shipmentResult", "complete")),
  /** Parts request rejected by planning. */
  PARTS_REJECTED("parts", "P2", 30, "EndEvent_Rejected", "PARTS_REJECTED",
      Map.of("coveredByWarranty", "true", "urgent", "false", "unpackRequested", "false", "reviewDecision", "rejected"));

  final String type;
  final String code;
  final int purchaseDaysAgo;
  final String endEvent;
  final String caseStatus;
  /** The choices that make this path, by form field; every other choice takes the usual (first) answer. */
  private final Map<String, String> fixed;

  Path(String type, String code, int purchaseDaysAgo, String endEvent, String caseStatus, Map<String, String> fixed) {
    this.type = type;
    this.code = code;
    this.purchaseDaysAgo = purchaseDaysAgo;
    this.endEvent = endEvent;
    this.caseStatus = caseStatus;
    this.fixed = fixed;
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
    return IntakeBody.of(type, "phone",
        new IntakeBody.Customer("Customer " + n, "139" + String.format("%08d", n), "customer" + n + "@example.com",
            (n % 50) + " Huaihai Road, Shanghai"),
        new IntakeBody.Product(type.equals("parts") ? "Bed B-180" : "WM-1200", "SN-F-" + n,
            LocalDate.now().minusDays(purchaseDaysAgo), true),
        IntakeBody.description(type) + " (fault run " + n + ")", reference);
  }

  /** The steps the fault run's paths walk; any other task is unexpected (and reported as such). */
  private static final Set<String> STEPS = Set.of(
      "Task_AssessRequest", "Task_PrepareQuote", "Task_ObtainQuoteAnswer", "Task_DispatchEngineer",
      "Task_DiagnoseOnSite", "Task_RepairOnSite", "Task_WriteRepairReport", "Task_ApproveRepairReport",
      "Task_ObtainSignOff", "Task_SpotCheck", "Task_FollowUpCall", "Task_ContactCustomer",
      "Task_RecordComplaint", "Task_RespondToComplaint", "Task_JudgeComplaint", "Task_InvestigateCause",
      "Task_ProposeSolution", "Task_ConfirmFeedback", "Task_FollowUp",
      "Task_ConfirmQualityProblem", "Task_FillExchangeForm", "Task_SignAsRegionalManager",
      "Task_CheckReturnedProduct", "Task_DecideAsGeneralManager", "Task_StoreReturnedUnit",
      "Task_EnterManufacturerAnswer", "Task_ShipUnitToManufacturer", "Task_DeliverNewUnit",
      "Task_RecordPartsRequest", "Task_ReviewPartsRequest", "Task_MakeParts", "Task_BookIntoWarehouse",
      "Task_EnterPickupNotice", "Task_ArrangeShipping", "Task_ShipParts");

  /** What the user enters to complete the task; null for a task no path of the fault run should reach. */
  Vars answer(String taskKey) {
    return STEPS.contains(taskKey) ? Answers.answer(taskKey, this) : null;
  }

  @Override
  public String pick(String field, Object... valueWeightPairs) {
    return fixed.getOrDefault(field, (String) valueWeightPairs[0]);
  }

  @Override
  public boolean chance(String field, int percent) {
    return Boolean.parseBoolean(fixed.getOrDefault(field, "false"));
  }

  @Override
  public long between(String field, long from, long to) {
    return from;
  }
}
