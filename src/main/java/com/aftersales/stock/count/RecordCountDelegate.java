package com.aftersales.stock.count;

import com.aftersales.variables.JsonVariables;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.count.CountProcess.Vars;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Records what the store keeper counted. The form takes one line box per part that differs ({@code countLines}:
 * part code and counted quantity, up to {@link #MAX_LINES}; Tasklist 7.24 completes a fixed number of boxes, not a
 * dynamic list), ticked {@code hasDifferences}; every part not named was found as expected. A part not on the count
 * sheet, a quantity that is not a whole number of at least 0, or a part named twice refuses the task (400, naming
 * the line) and it stays open.
 */
@Component("recordCountDelegate")
public class RecordCountDelegate implements JavaDelegate {

  static final int MAX_LINES = 10;

  private final StockCounts counts;
  private final IdentityService identityService;

  public RecordCountDelegate(StockCounts counts, @Lazy IdentityService identityService) {
    this.counts = counts;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String countId = StepInput.required(execution, Vars.COUNT_ID);
    Map<String, Integer> expected = counts.expected(countId);
    Map<String, Integer> found = new LinkedHashMap<>();
    Object ticked = execution.getVariable(Vars.HAS_DIFFERENCES);
    if (!Boolean.FALSE.equals(ticked) && !"false".equals(String.valueOf(ticked))) {
      JsonNode lines = tree(execution.getVariable(Vars.COUNT_LINES));
      if (lines != null && lines.isArray()) {
        if (lines.size() > MAX_LINES) {
          throw new IllegalArgumentException(Vars.COUNT_LINES + ": at most " + MAX_LINES + " lines");
        }
        int no = 0;
        for (JsonNode line : lines) {
          no++;
          String at = Vars.COUNT_LINES + "[" + no + "].";
          String part = line == null || !line.hasNonNull("part") ? null : line.get("part").asText().trim();
          JsonNode counted = line == null ? null : line.get("counted");
          if ((part == null || part.isEmpty()) && (counted == null || counted.isNull())) {
            continue;
          }
          if (part == null || !expected.containsKey(part)) {
            throw new IllegalArgumentException(at + "part: " + part + " is not on the count sheet");
          }
          int quantity;
          try {
            quantity = new BigDecimal(counted == null ? "" : counted.asText().trim()).intValueExact();
          } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(at + "counted must be a whole number", e);
          }
          if (quantity < 0 || quantity > 100_000) {
            throw new IllegalArgumentException(at + "counted must be between 0 and 100000");
          }
          if (found.put(part, quantity) != null) {
            throw new IllegalArgumentException(at + "part: " + part + " is named twice");
          }
        }
      }
    }
    StringBuilder differences = new StringBuilder();
    var lines = counts.record(countId, found, StepInput.actor(identityService, "system"),
        ClockUtil.getCurrentTime().toInstant());
    for (StockCounts.Line l : lines) {
      differences.append(l.part()).append(": 账面 ").append(l.expected()).append(", 实盘 ").append(l.counted())
          .append(", 差异 ").append(l.difference() > 0 ? "+" : "").append(l.difference()).append('\n');
    }
    execution.setVariable(Vars.DIFFERENCE_COUNT, lines.size());
    execution.setVariable(Vars.DIFFERENCES, differences.toString().strip());
  }

  private static JsonNode tree(Object value) {
    return JsonVariables.tree(value, Vars.COUNT_LINES);
  }
}
