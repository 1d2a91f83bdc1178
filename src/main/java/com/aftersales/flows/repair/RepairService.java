package com.aftersales.flows.repair;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.flows.repair.RepairProcess.Coverage;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What the repair flow writes to the case record: the status at each milestone and a ServiceRecord for
 * each thing done. Each method is one step of the flow, so the record reads like the case's history.
 *
 * <p>This class is the only writer of a repair case's status: a step that records something sets the status
 * it leads to, and a milestone that records nothing (a user task or subprocess starts, a timer is reached)
 * comes here through {@link #milestoneReached} from the model's {@code ${repairMilestoneListener}}, with the
 * status looked up in {@link #MILESTONES}. Setting a status is idempotent, so a re-run job does no harm.
 */
@Service
public class RepairService {

  /** The status a case takes when the flow reaches each of these elements of repair.bpmn. */
  public static final Map<String, String> MILESTONES = Map.of(
      Elements.REPAIR_ON_SITE, Status.IN_REPAIR,
      Elements.PARTS_REPAIR, Status.IN_REPAIR,
      Elements.REVIEW_PARTS_REJECTION, Status.PARTS_REJECTED,
      Elements.NOTIFY_MANAGERS_OF_EXTENSION, Status.REPAIR_EXTENDED,
      Elements.FACTORY_REPAIR, Status.AT_FACTORY,
      Elements.TIMER_FOLLOW_UP_DUE, Status.FOLLOW_UP);

  private final CaseService cases;

  public RepairService(CaseService cases) {
    this.cases = cases;
  }

  /** The flow has started: the case is assessed first. */
  public void opened(String caseNumber) {
    status(caseNumber, Status.ASSESSMENT);
  }

  /** The flow reached one of the {@link #MILESTONES}; any other element is a modelling error. */
  public void milestoneReached(String caseNumber, String elementId) {
    String status = MILESTONES.get(elementId);
    if (status == null) {
      throw new IllegalStateException("No case status for reaching " + elementId + " of the repair flow");
    }
    status(caseNumber, status);
  }

  public void assessment(String caseNumber, String resolution, String damageCause, String notes, String staff) {
    cases.addRecord(caseNumber, new ServiceRecord(Actions.ASSESSMENT, null, null, null,
        join("处理方式：" + resolution, "损坏原因：" + orUnknown(damageCause), notes), staff, null));
  }

  public void handOverToExchange(String caseNumber, String exchangeCaseNumber, String notes) {
    cases.addRecord(caseNumber, ServiceRecord.of(Actions.EXCHANGE_HANDOVER,
        join("已转交换货案件 " + exchangeCaseNumber, notes)));
    cases.close(caseNumber, Status.HANDED_OVER_TO_EXCHANGE);
  }

  public void warrantyDecision(String caseNumber, Coverage coverage, String reason) {
    if (coverage == null) {
      throw new IllegalStateException("warranty-coverage gave no coverage for case " + caseNumber);
    }
    cases.addRecord(caseNumber, ServiceRecord.of(Actions.WARRANTY_DECISION, coverage.code() + ": " + reason));
  }

  /** @return the quoted total (labour plus parts) */
  public BigDecimal quote(String caseNumber, BigDecimal labour, BigDecimal parts, String notes) {
    if (labour == null || parts == null || labour.signum() < 0 || parts.signum() < 0) {
      throw new IllegalArgumentException("A quote needs labour and parts costs of at least 0");
    }
    BigDecimal total = labour.add(parts);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.QUOTE, null, null, total,
        join("人工费 " + labour.toPlainString() + " 元", "配件费 " + parts.toPlainString() + " 元", notes), null, null));
    status(caseNumber, Status.AWAITING_QUOTE_ANSWER);
    return total;
  }

  public void quoteAnswer(String caseNumber, String answer) {
    cases.addRecord(caseNumber, ServiceRecord.of(Actions.QUOTE_ANSWER, "客户" + ("accepted".equals(answer) ? "接受" : "declined".equals(answer) ? "拒绝" : answer + " ") + "报价"));
  }

  public void dispatch(String caseNumber, String engineer, String appointment) {
    cases.addRecord(caseNumber, new ServiceRecord(Actions.DISPATCH, engineer, null, null,
        "预约上门时间 " + appointment, null, null));
    status(caseNumber, Status.DISPATCHED);
  }

  public void diagnosis(String caseNumber, String engineer, String faults, String damageCause, String route,
      String partsNeeded) {
    cases.addRecord(caseNumber, new ServiceRecord(Actions.DIAGNOSIS, engineer, blankToNull(partsNeeded), null,
        join(faults, "损坏原因：" + orUnknown(damageCause), "维修方式：" + route), null, null));
    status(caseNumber, Status.DIAGNOSED);
  }

  /** The parts request was rejected and the service manager chose the route the repair takes now. */
  public void partsDecision(String caseNumber, String partsRequestNumber, String rejectionReason, String route,
      String notes) {
    if (notes == null || notes.isBlank()) {
      throw new IllegalArgumentException("partsDecisionNotes: the engineer needs instructions for the new route");
    }
    cases.addRecord(caseNumber, ServiceRecord.of(Actions.PARTS_DECISION,
        join("补件申请 " + orUnknown(partsRequestNumber) + " 被驳回：" + orUnknown(rejectionReason),
            "现在的维修方式：" + route, notes)));
  }

  /**
   * Customer service agreed a longer repair cycle with the customer before the 7 working days ran out (rulebook
   * 000 §1.3.3.1): recorded with its reason, and the case shows it is extended.
   *
   * @throws IllegalArgumentException when the new date is not after {@code now} or the reason is missing
   */
  public void extensionAgreed(String caseNumber, Date until, String reason, Date now,
      String shownUntil) {
    if (until == null || !until.after(now)) {
      throw new IllegalArgumentException("extendedUntil: the agreed completion date must lie in the future");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("extensionReason: say why the repair needs longer");
    }
    boolean recorded = cases.records(caseNumber).stream().anyMatch(r -> Actions.EXTENSION_AGREED.equals(r.action())
        && r.note() != null && r.note().startsWith("维修周期延长至 " + shownUntil + "："));
    if (!recorded) {
      cases.addRecord(caseNumber, ServiceRecord.of(Actions.EXTENSION_AGREED,
          "维修周期延长至 " + shownUntil + "：" + reason.trim()));
    }
    status(caseNumber, Status.REPAIR_EXTENDED);
  }

  public void repairReport(String caseNumber, String engineer, String faults, String partsReplaced,
      String oldParts, String notes) {
    cases.addRecord(caseNumber, new ServiceRecord(Actions.REPAIR_REPORT, engineer, blankToNull(partsReplaced),
        null, join("故障：" + faults, "旧配件：" + oldParts, notes), engineer, null));
    status(caseNumber, Status.AWAITING_SIGN_OFF);
  }

  public void escalation(String caseNumber, int escalation, String signOffNotes, String expertAdvice) {
    cases.addRecord(caseNumber, ServiceRecord.of(Actions.ESCALATION,
        join("签字确认时未解决（第 " + escalation + " 次升级）", signOffNotes,
            "专家复核：" + expertAdvice)));
    status(caseNumber, Status.ESCALATED);
  }

  public void payment(String caseNumber, BigDecimal amount, String reference) {
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException("amountPaid must be at least 0");
    }
    cases.addRecord(caseNumber, new ServiceRecord(Actions.PAYMENT, null, null, amount,
        "付款凭证 " + reference, null, null));
  }

  /** Customer service or finance contacted a customer who had not paid after the reminders (000 §1.5.4). */
  public void paymentChased(String caseNumber, int reminders, String note) {
    if (note == null || note.length() < 5) {
      throw new IllegalArgumentException("paymentChaseNote: say what was agreed with the customer");
    }
    cases.addRecord(caseNumber, ServiceRecord.of(Actions.PAYMENT_CHASED,
        "Not paid after " + reminders + " reminders; " + note));
  }

  public void followUp(String caseNumber, int satisfaction, String comments) {
    if (satisfaction < 1 || satisfaction > 5) {
      throw new IllegalArgumentException("satisfaction must be 1 to 5: " + satisfaction);
    }
    cases.addRecord(caseNumber, ServiceRecord.of(Actions.FOLLOW_UP,
        join("满意度 " + satisfaction + "/5", comments)));
  }

  public void satisfactionReview(String caseNumber, String findings) {
    cases.addRecord(caseNumber, ServiceRecord.of(Actions.SATISFACTION_REVIEW, findings));
  }

  public void close(String caseNumber, String finalStatus) {
    cases.addRecord(caseNumber, ServiceRecord.of(Actions.CLOSED, "结案：" + finalStatus));
    cases.close(caseNumber, finalStatus);
  }

  private void status(String caseNumber, String status) {
    cases.updateStatus(caseNumber, status);
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? "不明" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        present.add(p.trim());
      }
    }
    return String.join("；", present);
  }
}
