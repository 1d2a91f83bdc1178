package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.forms.StaffChoices;
import com.aftersales.security.StaffGroups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the dispatch task is created, its form's engineer list is filled with the engineers group as it is now
 * (a task variable of its own: the list is what the dispatcher was offered, not a fact of the case).
 */
@Component("engineerChoicesListener")
public class EngineerChoicesListener implements TaskListener {

  private final StaffChoices choices;

  public EngineerChoicesListener(StaffChoices choices) {
    this.choices = choices;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(Vars.ENGINEER_CHOICES, choices.membersOf(StaffGroups.ENGINEERS));
  }
}
