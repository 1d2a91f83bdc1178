package com.aftersales.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Reads every variable the engine holds, running (process and task-local, every scope) and historic (variable
 * instances and every recorded update), and reports each one whose name or value mentions one of the given texts.
 * Serialized values are read as the engine returns them, so JSON and Java objects are searched by their text.
 */
public final class EngineVariableScan {

  private EngineVariableScan() {}

  /** Every mention, as "where name=value"; empty when none of {@code texts} is anywhere. */
  public static List<String> mentions(
      RuntimeService runtimeService, HistoryService historyService, Collection<String> texts) {
    List<String> found = new ArrayList<>();
    for (VariableInstance v : runtimeService.createVariableInstanceQuery().disableCustomObjectDeserialization()
        .list()) {
      check(found, "running " + v.getProcessInstanceId() + "/" + v.getTaskId(), v.getName(), valueOf(v.getValue(),
          v.getTypedValue()), texts);
    }
    for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
        .disableCustomObjectDeserialization().list()) {
      check(found, "history " + v.getProcessInstanceId() + "/" + v.getTaskId(), v.getName(),
          valueOf(v.getValue(), v.getTypedValue()), texts);
    }
    for (HistoricDetail d : historyService.createHistoricDetailQuery().variableUpdates()
        .disableCustomObjectDeserialization().list()) {
      HistoricVariableUpdate u = (HistoricVariableUpdate) d;
      check(found, "update " + u.getProcessInstanceId() + "/" + u.getTaskId(), u.getVariableName(),
          valueOf(u.getValue(), u.getTypedValue()), texts);
    }
    return found;
  }

  private static String valueOf(Object value, Object typed) {
    return String.valueOf(value) + " " + String.valueOf(typed);
  }

  private static void check(List<String> found, String where, String name, String value, Collection<String> texts) {
    for (String text : texts) {
      if ((name != null && name.contains(text)) || (value != null && value.contains(text))) {
        found.add(where + " " + name + "=" + value);
      }
    }
  }
}
