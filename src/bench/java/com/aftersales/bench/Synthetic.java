package com.aftersales.bench;

import com.aftersales.cases.NewCase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Synthetic cases and the answers staff give in their forms. The paths through the models are chosen by weights
 * (warranty/chargeable through the purchase date and damage cause, on-site/parts/factory repairs, quotes declined,
 * unresolved sign-offs, complaints needing information or reopened, exchanges refused ...), so one run walks the
 * common paths often and the rare ones now and then.
 */
final class Synthetic {

  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final String[] NAMES = {"Wang Fang", "Li Na", "Zhang Wei", "Liu Yang", "Chen Jing", "Zhao Min",
      "Huang Lei", "Zhou Xin", "Wu Hao", "Xu Li"};
  private static final String[] MODELS = {"WM-1200", "WM-800", "Bed B-180", "Wardrobe W-2D", "Sofa S-3", "Desk D-140"};

  private Synthetic() {}

  static ThreadLocalRandom random() {
    return ThreadLocalRandom.current();
  }

  /** Picks among value, weight, value, weight ... */
  static String pick(Object... valueWeightPairs) {
    int total = 0;
    for (int i = 1; i < valueWeightPairs.length; i += 2) {
      total += (Integer) valueWeightPairs[i];
    }
    int r = random().nextInt(total);
    for (int i = 0; i < valueWeightPairs.length; i += 2) {
      r -= (Integer) valueWeightPairs[i + 1];
      if (r < 0) {
        return (String) valueWeightPairs[i];
      }
    }
    throw new IllegalStateException();
  }

  static boolean chance(int percent) {
    return random().nextInt(100) < percent;
  }

  /** The mix of incoming requests: half repairs, then complaints, parts requests and exchanges. */
  static String requestType() {
    return pick("repair", 50, "complaint", 20, "parts", 20, "exchange", 10);
  }

  static NewCase newCase(String type) {
    long n = SEQUENCE.incrementAndGet();
    String name = NAMES[random().nextInt(NAMES.length)];
    // 0 to 30 months old: roughly two thirds inside a 1-2 year warranty, the rest chargeable
    LocalDate purchase = LocalDate.now().minusDays(random().nextInt(5, 900));
    String description = switch (type) {
      case "complaint" -> "The engineer came late twice and the unit still rattles";
      case "parts" -> "Headboard cracked in transport; the customer needs a replacement part";
      case "exchange" -> "New unit leaks water from the first day";
      default -> "Door hinge broke; the unit does not close";
    };
    return new NewCase(type, pick("phone", 50, "online", 20, "email", 10, "walk-in", 10, "dealer", 10), name,
        "139" + String.format("%08d", random().nextInt(100_000_000)),
        "customer" + n + "@example.com", (n % 50) + " Huaihai Road, Shanghai",
        MODELS[random().nextInt(MODELS.length)], "SN-B-" + n, purchase, chance(85),
        description + " (bench " + n + ")", "BENCH-" + System.nanoTime() + "-" + n, null, null, null);
  }

  /** The intake API's JSON body for a case. */
  static Map<String, Object> requestBody(NewCase c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", c.type());
    body.put("channel", c.channel());
    body.put("customer", Map.of("name", c.customerName(), "phone", c.customerPhone(), "email", c.customerEmail(),
        "address", c.customerAddress()));
    body.put("product", Map.of("model", c.productModel(), "serialNumber", c.serialNumber(),
        "purchaseDate", c.purchaseDate().toString(), "purchaseProof", c.purchaseProof()));
    body.put("description", c.description());
    body.put("externalReference", c.externalReference());
    return body;
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

  private static String dateTimeIn(int days) {
    return ZonedDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.HOURS).withHour(2)
        .toInstant().toString();
  }

  private static String dateIn(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  private static long satisfaction() {
    return Long.parseLong(pick("5", 45, "4", 35, "3", 10, "2", 6, "1", 4));
  }

  /**
   * What the user enters to complete the task, or null for a task the harness does not know (counted and left
   * open). Keys are the user task ids of the four models.
   */
  static Vars answer(String taskKey, String user) {
    Vars v = new Vars();
    switch (taskKey) {
      // ---- repair
      case "Task_AssessRequest" -> v.s("resolution", pick("onSite", 50, "factory", 20, "phone", 20, "exchange", 10))
          .s("damageCause", pick("quality", 55, "human", 30, "unknown", 15)).s("assessmentNotes", "Assessed on the phone");
      case "Task_PrepareQuote" -> v.l("labourCost", random().nextLong(80, 300)).d("partsCost", random().nextInt(0, 400))
          .s("quoteNotes", "Labour and parts");
      case "Task_ObtainQuoteAnswer" -> v.s("quoteAnswer", pick("accepted", 80, "declined", 20));
      case "Task_DispatchEngineer" -> v.s("engineer", pick("eric", 1, "emma", 1)).s("appointment", dateTimeIn(1));
      case "Task_DiagnoseOnSite" -> v.s("faultsFound", "Upper hinge cracked")
          .s("damageCause", pick("quality", 60, "human", 40)).s("repairRoute", pick("onSite", 50, "parts", 30, "factory", 20))
          .s("partsNeeded", "1x hinge H-20");
      case "Task_RepairOnSite" -> v.s("repairNotes", "Hinge replaced on site");
      case "Task_ProvideParts" -> v.s("partsIssued", "1x hinge H-20 from stock");
      case "Task_RepairWithParts" -> v.s("repairNotes", "Repaired with the new parts");
      // day 5 of the parts repair: the new completion date agreed with the customer (later than day 7)
      case "Task_AgreeExtension" -> v.s("extendedUntil", dateTimeIn(14))
          .s("extensionReason", "Parts lead time of 10 to 12 working days");
      case "Task_SendToFactory" -> v.s("factoryReference", "FR-" + random().nextInt(1_000_000));
      case "Task_AwaitFactoryReturn" -> v.s("factoryReport", "Motor replaced at the factory");
      case "Task_CheckWithFactory" -> v.s("factoryStatus", "In repair").s("expectedReturnDate", dateTimeIn(5));
      case "Task_WriteRepairReport" -> v.s("faultsFound", "Upper hinge cracked").s("partsReplaced", "H-20 hinge")
          .s("oldParts", pick("returned", 40, "disposed", 40, "none", 20)).s("reportNotes", "Tested after repair");
      case "Task_ObtainSignOff" -> v.s("signOff", pick("resolved", 92, "unresolved", 8)).s("signOffNotes", "Signed");
      // the parts request of a repair was rejected: the service manager chooses another route
      case "Task_ReviewPartsRejection" -> v.s("repairRoute", pick("onSite", 60, "factory", 30, "parts", 10))
          .s("partsDecisionNotes", "Repair on site with the parts at hand");
      case "Task_ReviewUnresolvedRepair" -> v.s("expertAdvice", "Replace the whole door");
      case "Task_RecordPayment" -> v.l("amountPaid", random().nextLong(80, 700)).s("paymentReference", "POS-" + random().nextInt(100_000));
      case "Task_FollowUpCall" -> v.l("satisfaction", satisfaction()).s("followUpComments", "Called back");
      case "Task_ReviewDissatisfaction" -> v.s("reviewFindings", "Engineer to call the customer again");
      // ---- complaint
      case "Task_RecordComplaint" -> v.s("channel", pick("phone", 60, "online", 20, "email", 20))
          .s("category", pick("product-quality", 40, "service-attitude", 20, "delivery", 15, "installation", 10, "price", 10, "other", 5))
          .s("severity", pick("low", 30, "normal", 55, "high", 15)).b("keyCustomer", chance(10))
          .s("description", "The engineer came late twice").s("customerDemand", "A working unit and an apology");
      case "Task_RespondToComplaint" -> {
        String outcome = pick("resolved", 45, "investigate", 45, "needInfo", 10);
        v.s("responseOutcome", outcome).s("responseNote", "Called the customer");
        if (outcome.equals("resolved")) {
          v.s("resolution", "Explained and apologised").s("causeCategory", pick("miscommunication", 1, "staff-conduct", 1));
        } else if (outcome.equals("needInfo")) {
          v.s("infoRequest", "Please send a photo of the damage");
        }
      }
      case "Task_EnterCustomerAnswer" -> v.s("customerAnswer", "Photo received");
      case "Task_JudgeComplaint" -> v.b("complaintJustified", chance(75)).b("demandReasonable", chance(70))
          .s("judgementNote", "Judged by the handling group");
      case "Task_InvestigateCause" -> v.s("causeCategory", pick("product-defect", 35, "workmanship", 20, "logistics", 15,
          "staff-conduct", 10, "miscommunication", 10, "not-justified", 10)).s("investigationFindings", "Cause found");
      case "Task_ProposeSolution" -> {
        String type = pick("repair", 25, "exchange", 10, "refund", 10, "compensation", 15, "apology", 25, "explanation", 15);
        v.s("solutionType", type).s("solutionDetails", "Agreed with the customer");
        if (type.equals("refund") || type.equals("compensation")) {
          v.d("compensationAmount", random().nextInt(50, 500));
        }
      }
      case "Task_ConfirmFeedback" -> v.s("customerFeedback", pick("satisfied", 85, "not-satisfied", 15)).s("feedbackNote", "Asked");
      case "Task_FollowUp" -> v.s("followUpChannel", pick("call", 80, "visit", 20)).l("satisfactionScore", satisfaction())
          .s("followUpNote", "Customer content");
      case "Task_ReviewResponsibility" -> v.b("earlierUnreported", chance(30)).s("responsiblePerson", "eric")
          .s("regionalHead", "rita").s("responsibilityFinding", "Training agreed");
      // ---- exchange
      case "Task_ConfirmQualityProblem" -> v.s("damageCause", pick("quality", 80, "human", 20)).s("qualityFindings", "Seal defective");
      case "Task_FillExchangeForm" -> v.s("exchangeReason", "Leaks from the first day").b("originalPackaging", chance(70));
      case "Task_SignAsRegionalManager" -> v.s("regionalManagerDecision", pick("approved", 90, "rejected", 10))
          .s("regionalManagerComment", "Checked");
      case "Task_CheckReturnedProduct" -> v.s("salesOfficeDecision", pick("approved", 90, "rejected", 10))
          .s("salesOfficeComment", "Product checked");
      case "Task_DecideAsGeneralManager" -> v.s("generalManagerDecision", pick("approved", 90, "rejected", 10))
          .s("generalManagerComment", "Decided");
      case "Task_StoreReturnedUnit" -> v.s("storageLocation", "R-" + random().nextInt(100))
          .b("receivedInOriginalPackaging", chance(70)).b("exchangeFormEnclosed", true);
      case "Task_EnterManufacturerAnswer" -> v.s("manufacturerDecision", pick("accepted", 90, "refused", 10))
          .s("pickupDate", dateIn(3)).s("manufacturerNote", "Answer by mail");
      case "Task_ChaseManufacturer" -> v.s("chaseNote", "Asked again by phone");
      case "Task_ShipUnitToManufacturer" -> v.s("carrier", "SF Express").s("trackingNumber", "SF" + random().nextInt(1_000_000));
      case "Task_DeliverNewUnit" -> v.s("newSerialNumber", "SN-NEW-" + random().nextInt(1_000_000))
          .b("customerSignedFor", true).s("deliveryNote", "Delivered");
      case "Task_NegotiateWithCustomer" -> v.s("negotiationOutcome", pick("repair", 60, "close", 40)).s("negotiationNote", "Agreed");
      // ---- parts
      case "Task_RecordPartsRequest" -> v.json("partsLines", "[{\"partName\":\"Headboard 1.8 m\",\"part\":\"bed-headboard\","
              + "\"partCategory\":\"double-sided-gloss-panel\",\"size\":\"1.8\",\"colour\":\"walnut\",\"quantity\":"
              + random().nextInt(1, 3) + ",\"batchNumber\":\"B2026-1\",\"inspectionNumber\":\"QC-1\","
              + "\"reason\":\"cracked in transport\"}]")
          .b("coveredByWarranty", chance(40)).b("urgent", chance(20)).b("unpackRequested", chance(20))
          .b("splitOrders", false);
      case "Task_ReviewPartsRequest" -> {
        String decision = pick("approved", 90, "rejected", 10);
        v.s("reviewDecision", decision);
        if (decision.equals("rejected")) {
          v.s("rejectionReason", "Not our product");
        }
      }
      case "Task_ApproveUnpack" -> v.s("unpackDecision", pick("approved", 80, "refused", 20)).s("unpackDecisionNote", "ok");
      case "Task_UnpackPackage" -> v.s("packageNumber", "PKG-" + random().nextInt(10_000)).b("packageMarked", true);
      case "Task_ConfirmPayment" -> v.l("paidAmount", random().nextLong(100, 900)).s("paymentReference", "ICBC-" + random().nextInt(100_000));
      case "Task_NegotiateUrgentDate" -> v.s("agreedReadyDate", dateIn(3));
      case "Task_MakeParts" -> v.b("partsInspected", true).s("productionNote", "Made and packed");
      case "Task_BookIntoWarehouse" -> v.s("warehouseLocation", "R-" + random().nextInt(100));
      case "Task_PutPartsBack" -> v.b("putBackConfirmed", true);
      case "Task_ArrangeShipping" -> v.s("deliveryNoteNumber", "DN-" + random().nextInt(100_000)).s("nextDeliveryDate", dateIn(2));
      case "Task_ShipParts" -> {
        String result = pick("complete", 90, "wrong-or-missing", 10);
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
}
