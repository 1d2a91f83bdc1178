package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.flows.repair.RepairService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the engineer's rework after a failed spot check: recorded on the case, the report comes next. */
@Component("recordReworkListener")
public class RecordReworkListener implements TaskListener {

  private final RepairService records;

  public RecordReworkListener(RepairService records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String notes = Typed.REWORK_NOTES.get(task);
    if (notes == null) {
      throw new IllegalArgumentException("reworkNotes: say what was reworked");
    }
    Integer reworks = Typed.REWORKS.get(task);
    records.rework(task.getExecution().getProcessBusinessKey(), Typed.ENGINEER.get(task),
        reworks == null ? 1 : reworks, notes);
    // The next check writes its own findings (the failed one's are in the case record).
    task.getExecution().removeVariable(Typed.SPOT_CHECK_NOTES.name());
  }
}
