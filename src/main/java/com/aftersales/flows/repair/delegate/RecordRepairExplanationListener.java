package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.flows.repair.RepairService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of the engineer's repair (on site or with the new parts): what he explained to the customer (cause,
 * method, precautions; 001 4, 003 三4), the test after the repair (003 三4) and his self-check (003 四2(a)) go on the
 * case and into the service report. The forms require all three and so does the server: a completion through the
 * REST API without one of them, or with the self-check answered "not done", is refused (400 naming the field) and
 * the task stays open.
 */
@Component("recordRepairExplanationListener")
public class RecordRepairExplanationListener implements TaskListener {

  private final RepairService records;

  public RecordRepairExplanationListener(RepairService records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String explanation = Typed.REPAIR_EXPLANATION.required(task);
    String test = Typed.POST_REPAIR_TEST.required(task);
    if (!Typed.SELF_CHECK_DONE.required(task)) {
      throw new IllegalArgumentException("selfCheckDone: check your own work before the customer signs off");
    }
    records.repairExplained(task.getExecution().getProcessBusinessKey(), Typed.ENGINEER.get(task),
        explanation, test, true);
  }
}
