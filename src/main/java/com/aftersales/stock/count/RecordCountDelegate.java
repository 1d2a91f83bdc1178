package com.aftersales.stock.count;

import com.aftersales.stock.StepInput;
import com.aftersales.stock.count.CountProcess.Vars;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Records what the store keeper counted. The form takes one line per part that differs ("TN-001 4": part code and
 * counted quantity); every part not named was found as expected. A part not on the count sheet, a line that is not
 * "code quantity", or a part named twice refuses the task (400) and it stays open.
 */
@Component("recordCountDelegate")
public class RecordCountDelegate implements JavaDelegate {

  private static final Pattern LINE = Pattern.compile("^\\s*(\\S+)\\s*[=:：\\s]\\s*(\\d{1,6})\\s*$");

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
    String text = StepInput.text(execution, Vars.COUNTED_DIFFERENCES);
    if (text != null) {
      for (String line : text.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
          throw new IllegalArgumentException(Vars.COUNTED_DIFFERENCES + ": '" + line.strip()
              + "' is not a part code and a counted quantity, such as TN-001 4");
        }
        if (!expected.containsKey(m.group(1))) {
          throw new IllegalArgumentException(Vars.COUNTED_DIFFERENCES + ": " + m.group(1) + " is not on the count sheet");
        }
        if (found.put(m.group(1), Integer.parseInt(m.group(2))) != null) {
          throw new IllegalArgumentException(Vars.COUNTED_DIFFERENCES + ": " + m.group(1) + " is named twice");
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
}
