package com.aftersales.flows.repeatrepair;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repeatrepair.RepeatRepairReview.Actions;
import com.aftersales.flows.repeatrepair.RepeatRepairReview.Vars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis of a repeat repair (003 四3): opens repeat-repair-review for a case intake flagged, and records the
 * service manager's verdict on the cases. Both are idempotent: a second start finds the review, a job that runs
 * twice finds its records.
 */
@Service
@Transactional
public class RepeatRepairReviews {

  private final CaseService cases;
  private final RuntimeService runtimeService;

  public RepeatRepairReviews(CaseService cases, @Lazy RuntimeService runtimeService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  /** Opens the review of {@code caseNumber}, a repeat repair of {@code earlierCase}, unless it is open or done. */
  public void open(String caseNumber, String earlierCase) {
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(RepeatRepairReview.KEY)
        .processInstanceBusinessKey(RepeatRepairReview.businessKey(caseNumber)).count() > 0
        || cases.records(caseNumber).stream().anyMatch(r -> Actions.REPEAT_REPAIR_ANALYSIS.equals(r.action()))) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.CASE_NUMBER, caseNumber);
    cases.find(caseNumber).ifPresent(c -> {
      variables.put(CaseVariables.CUSTOMER_ID, c.customerId());
      variables.put(CaseVariables.CUSTOMER_NAME, c.customerName());
      variables.put(CaseVariables.PRODUCT_MODEL, c.productModel());
      variables.put(CaseVariables.SERIAL_NUMBER, c.serialNumber());
    });
    variables.put(Vars.REPEAT_OF, earlierCase);
    variables.put(Vars.EARLIER_ENGINEER, engineerOf(earlierCase));
    runtimeService.startProcessInstanceByKey(RepeatRepairReview.KEY, RepeatRepairReview.businessKey(caseNumber),
        variables);
  }

  /** The engineer last recorded on a case (who dispatched, diagnosed or repaired it), or null. */
  public String engineerOf(String caseNumber) {
    List<ServiceRecord> records = cases.records(caseNumber);
    String engineer = null;
    for (ServiceRecord r : records) {
      if (r.engineer() != null && !r.engineer().isBlank()) {
        engineer = r.engineer();
      }
    }
    return engineer;
  }

  /** The new fault is not the earlier repair's: the analysis is noted on the new case. */
  public void recordNewFault(String caseNumber, String earlierCase, String analysis, String manager) {
    note(caseNumber, "返修分析（原案件 " + earlierCase + "）：新故障，非维修质量问题。" + analysis, manager);
  }

  /**
   * The new fault is a repair-quality fault of the earlier repair: noted on the new case, and recorded on the earlier
   * case against its engineer (the staff report counts these per engineer).
   */
  public void recordQualityFault(String caseNumber, String earlierCase, String engineer, String analysis,
      String manager) {
    String who = engineer == null ? "（未记录工程师）" : engineer;
    note(caseNumber, "返修分析（原案件 " + earlierCase + "）：维修质量问题，记入原维修工程师 " + who + "。" + analysis,
        manager);
    if (cases.records(earlierCase).stream().noneMatch(r -> Actions.REPAIR_QUALITY_FAULT.equals(r.action())
        && r.note() != null && r.note().contains(caseNumber))) {
      cases.addRecord(earlierCase, new ServiceRecord(Actions.REPAIR_QUALITY_FAULT, engineer, null, null,
          "返修案件 " + caseNumber + " 判定为本次维修的质量问题（工程师 " + who + "）：" + analysis, manager, null));
    }
  }

  private void note(String caseNumber, String text, String manager) {
    if (cases.records(caseNumber).stream().noneMatch(r -> Actions.REPEAT_REPAIR_ANALYSIS.equals(r.action()))) {
      cases.addRecord(caseNumber, new ServiceRecord(Actions.REPEAT_REPAIR_ANALYSIS, null, null, null, text, manager,
          null));
    }
  }
}
