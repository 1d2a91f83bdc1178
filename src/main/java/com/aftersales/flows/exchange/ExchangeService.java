package com.aftersales.flows.exchange;

import static com.aftersales.flows.exchange.ExchangeProcess.Status;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.DamageCause;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.exchange.ExchangeProcess.Approval;
import com.aftersales.flows.exchange.ExchangeProcess.NegotiationOutcome;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to an exchange case, written to the case record: its status at each milestone and a
 * ServiceRecord for every decision and hand-over. Checks the values staff or the manufacturer gave, so a
 * bad answer fails the step (and nothing of it is written) instead of steering the flow wrongly.
 */
@Service
@Transactional
public class ExchangeService {

  private final CaseService cases;

  public ExchangeService(CaseService cases) {
    this.cases = cases;
  }

  public void eligibilityCheckStarted(String caseNumber) {
    cases.updateStatus(caseNumber, Status.ELIGIBILITY_CHECK);
  }

  public void qualityProblemConfirmed(String caseNumber, String user, DamageCause damageCause, String findings) {
    record(caseNumber, "QUALITY_CHECK", "原因：" + ExchangeEligibility.causeText(damageCause) + "。" + required("qualityFindings", findings), user);
  }

  public void eligibilityDecided(
      String caseNumber, ExchangeEligibility.Result result, Integer monthsSincePurchase, int warrantyMonths) {
    String period =
        (monthsSincePurchase == null ? "购买日期不详" : "购买后 " + monthsSincePurchase + " 个月")
            + "，保修期 " + warrantyMonths + " 个月";
    record(caseNumber, "EXCHANGE_ELIGIBILITY",
        (result.eligible() ? "可以换货。" : "不予换货。") + result.reason() + "（" + period + "）", null);
    cases.updateStatus(caseNumber, result.eligible() ? Status.EXCHANGE_FORM : Status.NEGOTIATION);
  }

  public void exchangeFormFilled(String caseNumber, String user, String reason) {
    record(caseNumber, "EXCHANGE_FORM", "申请换货：" + required("exchangeReason", reason), user);
    cases.updateStatus(caseNumber, Status.AWAITING_APPROVAL);
  }

  /** @return whether the approver approved */
  public boolean approvalDecided(String caseNumber, Approver approver, String user, Approval decision, String comment) {
    boolean approved = decision == Approval.APPROVED;
    if (!approved) {
      required(approver.commentVariable(), comment);
    }
    String text = approver.label() + (approved ? "批准" : "驳回")
        + (comment == null || comment.isBlank() ? "" : "：" + comment.trim());
    record(caseNumber, approver.recordAction(), text, user);
    if (!approved) {
      cases.updateStatus(caseNumber, Status.NEGOTIATION);
    } else if (approver == Approver.GENERAL_MANAGER) {
      cases.updateStatus(caseNumber, Status.APPROVED);
    }
    return approved;
  }

  public void returnedUnitStored(
      String caseNumber, String user, String storageLocation, Boolean originalPackaging, Boolean formEnclosed, String note) {
    required("storageLocation", storageLocation);
    if (!Boolean.TRUE.equals(formEnclosed)) {
      // Rulebook article 8: the unit goes to the warehouse together with its exchange form.
      throw new IllegalArgumentException("exchangeFormEnclosed: the exchange form must come with the returned unit");
    }
    String text = "退回的产品已存放于 " + storageLocation.trim()
        + (Boolean.TRUE.equals(originalPackaging) ? "，原包装" : "，非原包装")
        + (note == null || note.isBlank() ? "" : "。" + note.trim());
    record(caseNumber, "WAREHOUSE_RECEIPT", text, user);
    cases.updateStatus(caseNumber, Status.AWAITING_MANUFACTURER);
  }

  public void manufacturerChased(String caseNumber, String user, String note) {
    record(caseNumber, "MANUFACTURER_CHASED", "已询问厂方：" + required("chaseNote", note), user);
  }

  /** @return whether the manufacturer accepts the exchange */
  public boolean manufacturerAnswered(
      String caseNumber, ManufacturerDecision decision, String note, String pickupDate, String enteredBy) {
    LocalDate pickup = null;
    if (pickupDate != null && !pickupDate.isBlank()) {
      try {
        pickup = LocalDate.parse(pickupDate.trim().length() > 10 ? pickupDate.trim().substring(0, 10) : pickupDate.trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("pickupDate is not an ISO date (yyyy-MM-dd): " + pickupDate, e);
      }
    }
    boolean accepted = decision == ManufacturerDecision.ACCEPTED;
    String text = (accepted ? "厂方同意换货" : "厂方拒绝换货")
        + (pickup == null ? "" : "，提货或发货日期 " + pickup)
        + (note == null || note.isBlank() ? "" : "：" + note.trim())
        + (enteredBy == null ? "（消息）" : "（由 " + enteredBy + " 录入）");
    record(caseNumber, "MANUFACTURER_ANSWER", text, enteredBy);
    cases.updateStatus(caseNumber, accepted ? Status.RETURNING_TO_MANUFACTURER : Status.NEGOTIATION);
    return accepted;
  }

  public void shippedToManufacturer(String caseNumber, String user, String carrier, String trackingNumber) {
    record(caseNumber, "SHIPPED_TO_MANUFACTURER",
        "退回的产品已交 " + required("carrier", carrier) + " 发运，运单号 " + required("trackingNumber", trackingNumber),
        user);
    cases.updateStatus(caseNumber, Status.AWAITING_DELIVERY);
  }

  public void newUnitDelivered(String caseNumber, String user, String newSerialNumber, Boolean signed, String note) {
    required("newSerialNumber", newSerialNumber);
    if (!Boolean.TRUE.equals(signed)) {
      throw new IllegalArgumentException("customerSignedFor: the customer has to sign for the new unit");
    }
    record(caseNumber, "DELIVERED",
        "新机 " + newSerialNumber.trim() + " 已交付，客户已签收"
            + (note == null || note.isBlank() ? "" : "。" + note.trim()),
        user);
    cases.updateStatus(caseNumber, Status.DELIVERED);
  }

  public void negotiated(String caseNumber, String user, NegotiationOutcome outcome, String note) {
    record(caseNumber, "NEGOTIATION",
        (outcome == NegotiationOutcome.REPAIR ? "客户同意改为维修：" : "与客户协商后结案：")
            + required("negotiationNote", note),
        user);
  }

  public void convertedToRepair(String caseNumber, String repairCaseNumber) {
    record(caseNumber, "CONVERTED_TO_REPAIR", "已改为开立维修案件 " + repairCaseNumber + "，不再换货", null);
  }

  public void followedUp(String caseNumber, String user, Integer satisfaction, String comments) {
    if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
      throw new IllegalArgumentException("satisfaction must be 1 to 5, not " + satisfaction);
    }
    record(caseNumber, "FOLLOW_UP",
        "满意度 " + satisfaction + "/5" + (comments == null || comments.isBlank() ? "" : "：" + comments.trim()),
        user);
  }

  public void close(String caseNumber, String finalStatus) {
    required("finalStatus", finalStatus);
    cases.close(caseNumber, finalStatus);
  }

  private void record(String caseNumber, String action, String note, String user) {
    cases.addRecord(caseNumber, new ServiceRecord(action, null, null, null, truncate(note), user, null));
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value.trim();
  }

  private static String truncate(String note) {
    return note.length() <= 4000 ? note : note.substring(0, 4000);
  }
}
