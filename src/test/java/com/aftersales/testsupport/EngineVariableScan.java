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
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

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
      check(found, "running " + v.getProcessInstanceId() + "/" + v.getTaskId(), v.getName(),
          valueOf(v.getTypedValue()), texts);
    }
    for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
        .disableCustomObjectDeserialization().list()) {
      check(found, "history " + v.getProcessInstanceId() + "/" + v.getTaskId(), v.getName(),
          valueOf(v.getTypedValue()), texts);
    }
    for (HistoricDetail d : historyService.createHistoricDetailQuery().variableUpdates()
        .disableCustomObjectDeserialization().list()) {
      HistoricVariableUpdate u = (HistoricVariableUpdate) d;
      check(found, "update " + u.getProcessInstanceId() + "/" + u.getTaskId(), u.getVariableName(),
          valueOf(u.getTypedValue()), texts);
    }
    return found;
  }

  /**
   * A value as stored: an object variable read without deserialising it (JSON or XML of a delegate or a form's
   * list) is read in its serialised form, which is what the engine keeps and answers.
   */
  static String valueOf(TypedValue typed) {
    if (typed instanceof ObjectValue object && !object.isDeserialized()) {
      return object.getValueSerialized() + " " + object.getObjectTypeName();
    }
    return typed == null ? "null" : typed.getValue() + " " + typed;
  }

  private static void check(List<String> found, String where, String name, String value, Collection<String> texts) {
    for (String text : texts) {
      if ((name != null && name.contains(text)) || (value != null && value.contains(text))) {
        found.add(where + " " + name + "=" + value);
      }
    }
  }
}
