package com.aftersales.flows.repair;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.flows.repair.RepairProcess.Coverage;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.ReportApproval;
import com.aftersales.flows.repair.RepairProcess.SpotCheckMethod;
import com.aftersales.flows.repair.RepairProcess.SpotCheckResult;
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

  /**
   * How the quote and repair report read on the case's timeline (the printed documents read their amounts and
   * findings back from them): parts joined by {@link #SEPARATOR}, the quote starting {@code 人工费 <amount> 元…} then
   * {@code 配件费 <amount> 元…}, the report {@code 故障：…} then {@code 旧配件：<code>}.
   */
  public static final String SEPARATOR = "；";
  public static final String LABOUR = "人工费 ";
  public static final String PARTS = "配件费 ";
  public static final String FAULTS = "故障：";
  public static final String OLD_PARTS = "旧配件：";

  /** The status a case takes when the flow reaches each of these elements of repair.bpmn. */
  public static final Map<String, String> MILESTONES = Map.of(
      Elements.REPAIR_ON_SITE, Status.IN_REPAIR,
      Elements.PARTS_REPAIR, Status.IN_REPAIR,
      Elements.REVIEW_PARTS_REJECTION, Status.PARTS_REJECTED,
      Elements.NOTIFY_MANAGERS_OF_EXTENSION, Status.REPAIR_EXTENDED,
      Elements.FACTORY_REPAIR, Status.AT_FACTORY,
      Elements.TIMER_FOLLOW_UP_DUE, Status.FOLLOW_UP,
      Elements.SPOT_CHECK, Status.SPOT_CHECK);

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

  /**
   * The quote of a chargeable repair (rulebook 003 九.1): labour from labour-rate.dmn for the engineer's level and
   * the repair's difficulty, parts as the quoting person priced them plus the stocked parts the case has used at
   * their cost plus the handling fee ({@code stock.PartsCharges}).
   *
   * @return the quoted total (labour plus parts)
   */
  public BigDecimal quote(String caseNumber, Quote quote) {
    if (quote.labour() == null || quote.otherParts() == null || quote.labour().signum() < 0
        || quote.otherParts().signum() < 0) {
      throw new IllegalArgumentException("partsCost: a quote needs labour and parts costs of at least 0");
    }
    BigDecimal total = quote.labour().add(quote.parts());
    cases.addRecord(caseNumber, new ServiceRecord(Actions.QUOTE, null, null, total,
        join(LABOUR + quote.labour().toPlainString() + " 元（" + quote.level().code() + " 级工程师，"
                + quote.difficulty().code() + " 难度）",
            PARTS + quote.parts().toPlainString() + " 元" + (quote.stockParts().signum() == 0 ? ""
                : "（含库存配件按成本加管理费 " + quote.stockParts().toPlainString() + " 元）"),
            quote.notes()), null, null));
    status(caseNumber, Status.AWAITING_QUOTE_ANSWER);
    return total;
  }

  /**
   * Keeps on the case what the invoice bills when the repair is invoiced ({@link RepairInvoice}; the invoice note
   * prints it), in the quote's form ({@code 人工费 <amount> 元；配件费 <amount> 元；…}). Written once: a second call with
   * the same amounts adds nothing.
   */
  public void invoice(String caseNumber, RepairInvoice invoice, boolean partsDecidedByLine) {
    if (!invoice.needed()) {
      return;
    }
    String note = join(LABOUR + invoice.labour().toPlainString() + " 元",
        PARTS + invoice.parts().toPlainString() + " 元",
        partsDecidedByLine ? "补件逐件判定保修：仍在自身保修期内的配件免费，其余按补件申请的定价收费" : null);
    boolean kept = cases.records(caseNumber).stream()
        .anyMatch(r -> Actions.INVOICE.equals(r.action()) && note.equals(r.note()));
    if (!kept) {
      cases.addRecord(caseNumber, new ServiceRecord(Actions.INVOICE, null, null, invoice.total(), note, null, null));
    }
  }

  /** What a quote is made of: the labour-rate row's inputs and amount, the parts priced by hand and from stock. */
  public record Quote(RepairProcess.EngineerLevel level, RepairProcess.RepairDifficulty difficulty, BigDecimal labour,
      BigDecimal otherParts, BigDecimal stockParts, String notes) {
    public BigDecimal parts() {
      return otherParts.add(stockParts);
    }
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
      String partsNeeded, String difficulty) {
    cases.addRecord(caseNumber, new ServiceRecord(Actions.DIAGNOSIS, engineer, blankToNull(partsNeeded), null,
        join(faults, "损坏原因：" + orUnknown(damageCause), "维修方式：" + route,
            "难度：" + orUnknown(difficulty)), null, null));
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

  /** What the engineer told the customer after the repair, the test run and the self-check, as they print. */
  public static final String EXPLAINED = "向客户说明：";
  public static final String TESTED = "修后试机：";
  public static final String SELF_CHECKED = "自检：";

  /**
   * The engineer's explanation to the customer, the test after the repair and the self-check (001 4, 003 三4, 003
   * 四2(a)); nothing is recorded when none of them was given (a completion that did not come through the form).
   */
  public void repairExplained(String caseNumber, String engineer, String explanation, String test,
      boolean selfChecked) {
    if (explanation == null && test == null && !selfChecked) {
      return;
    }
    cases.addRecord(caseNumber, new ServiceRecord(Actions.REPAIR_EXPLAINED, engineer, null, null,
        join(EXPLAINED + (explanation == null ? "" : explanation), TESTED + (test == null ? "" : test),
            SELF_CHECKED + (selfChecked ? "已完成" : "未记录")), engineer, null));
  }

  /** The warranty statement handed to the customer at the sign-off (000 第四篇 四(一)), as it was worded then. */
  public void warrantyTermsHandedOver(String caseNumber, String engineer, String statement) {
    cases.addRecord(caseNumber, new ServiceRecord(Actions.WARRANTY_TERMS_HANDED_OVER, engineer, null, null,
        "已交付保修条款：" + statement, engineer, null));
  }

  public void repairReport(String caseNumber, String engineer, String faults, String partsReplaced,
      String oldParts, String notes) {
    cases.addRecord(caseNumber, new ServiceRecord(Actions.REPAIR_REPORT, engineer, blankToNull(partsReplaced),
        null, join(FAULTS + faults, OLD_PARTS + oldParts, notes), engineer, null));
    status(caseNumber, Status.AWAITING_REPORT_APPROVAL);
  }

  /**
   * The head of the department's verdict on the repair report (rulebook 003 三.5): approved, it is kept and the
   * customer signs off next; returned, the engineer writes it again, told why.
   *
   * @throws IllegalArgumentException when a returned report comes without the reason
   */
  public void reportApproval(String caseNumber, ReportApproval approval, String notes, String manager,
      boolean spotCheckSampled) {
    if (approval == ReportApproval.RETURNED && (notes == null || notes.isBlank())) {
      throw new IllegalArgumentException("reportApprovalNotes: say what the engineer must change in the report");
    }
    cases.addRecord(caseNumber, new ServiceRecord(Actions.REPORT_APPROVAL, null, null, null,
        join(approval == ReportApproval.APPROVED ? "维修报告已批准并归档" : "维修报告已退回",
            notes, approval == ReportApproval.APPROVED && spotCheckSampled ? "客户签字后抽检" : null),
        manager, null));
    status(caseNumber, approval == ReportApproval.APPROVED ? Status.AWAITING_SIGN_OFF : Status.IN_REPAIR);
  }

  /**
   * The quality spot check of a finished repair (rulebook 003 四.2). A failed check sends the repair back to the
   * engineer and is recorded against the engineer (the record's staff is the engineer whose repair failed).
   *
   * @throws IllegalArgumentException when a failed check comes without what was found
   */
  public void spotCheck(String caseNumber, SpotCheckMethod method, SpotCheckResult result, String notes,
      String checker, String engineer) {
    if (result == SpotCheckResult.FAILED && (notes == null || notes.isBlank())) {
      throw new IllegalArgumentException("spotCheckNotes: say what failed, so the engineer knows what to rework");
    }
    cases.addRecord(caseNumber, new ServiceRecord(Actions.SPOT_CHECK, null, null, null,
        join("质量抽检（" + method.code() + "）：" + result.code(), notes), checker, null));
    if (result == SpotCheckResult.FAILED) {
      cases.addRecord(caseNumber, new ServiceRecord(Actions.SPOT_CHECK_FAILED, engineer, null, null,
          join(orUnknown(engineer) + " 的维修抽检不合格，退回返工", notes),
          engineer, null));
      status(caseNumber, Status.REWORK);
    }
  }

  /** The engineer reworked the repair after a failed spot check; the report is written again next. */
  public void rework(String caseNumber, String engineer, int reworks, String notes) {
    cases.addRecord(caseNumber, new ServiceRecord(Actions.REWORK, engineer, null, null,
        join("第 " + reworks + " 次返工", notes), engineer, null));
    status(caseNumber, Status.IN_REPAIR);
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
    return String.join(SEPARATOR, present);
  }
}
