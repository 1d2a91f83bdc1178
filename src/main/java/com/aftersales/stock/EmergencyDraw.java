package com.aftersales.stock;

import com.aftersales.variables.JsonVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency path's draw of parts (003 八.3: 应急事件发生时应急储备库的物资及时调配, 优先调用): each line the
 * warehouse enters ({@code part}, {@code quantity}; one line box per part in the emergency-draw-stock form, up to
 * {@link #MAX_LINES}) is issued to the case from the emergency store first and, for what it lacks, from the main
 * store; what neither holds is reported as short, never refused (the team leaves with what there is). All lines
 * are one booking of the same ledger the requisitions use: written all or none. Each line is keyed by the step, so
 * a second run books nothing more.
 */
@Component
public class EmergencyDraw {

  public static final int MAX_LINES = 5;

  private final StockService stock;

  public EmergencyDraw(StockService stock) {
    this.stock = stock;
  }

  /** What was issued from which store and what neither store had, as text for the case record. */
  public record Result(List<Movement> issued, String drawnText, String shortText) {
    public boolean shortOfStock() {
      return shortText != null;
    }
  }

  /**
   * Issues the lines to the case.
   *
   * @param lines the form's line boxes (JSON variable, JSON text or Java lists), empty boxes skipped
   * @param key the step's idempotency key prefix
   * @throws IllegalArgumentException naming the line for an unknown part or a quantity that is not 1 to 1000
   */
  @Transactional
  public Result draw(String caseNumber, Object lines, String actor, String key) {
    Map<String, Integer> asked = new LinkedHashMap<>();
    JsonNode tree = tree(lines);
    if (tree != null && tree.isArray()) {
      if (tree.size() > MAX_LINES) {
        throw new IllegalArgumentException("emergencyLines: at most " + MAX_LINES + " lines");
      }
      int no = 0;
      for (JsonNode line : tree) {
        no++;
        String part = line == null ? "" : line.path("part").asText("").trim();
        JsonNode quantity = line == null ? null : line.get("quantity");
        if (part.isEmpty() && (quantity == null || quantity.isNull())) {
          continue;
        }
        String at = "emergencyLines[" + no + "].";
        if (stock.part(part).isEmpty()) {
          throw new IllegalArgumentException(at + "part: no part " + part + " in the parts list");
        }
        int q;
        try {
          q = new BigDecimal(quantity == null ? "" : quantity.asText().trim()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
          throw new IllegalArgumentException(at + "quantity must be a whole number", e);
        }
        if (q < 1 || q > 1000) {
          throw new IllegalArgumentException(at + "quantity must be between 1 and 1000");
        }
        asked.merge(part, q, Integer::sum);
      }
    }
    List<Booking> bookings = new ArrayList<>();
    List<String> drawn = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Integer> e : asked.entrySet()) {
      String part = e.getKey();
      int fromEmergency = Math.min(e.getValue(), stock.onHand(Store.EMERGENCY.code(), part));
      int fromMain = Math.min(e.getValue() - fromEmergency, stock.onHand(Store.MAIN.code(), part));
      int lacking = e.getValue() - fromEmergency - fromMain;
      if (fromEmergency > 0) {
        bookings.add(new Booking(MovementType.ISSUE, Store.EMERGENCY.code(), part, fromEmergency, 0, caseNumber, null,
            null, actor, "应急抢修领用 (应急储备库优先)", key + ":" + part + ":emergency"));
        drawn.add(part + " x" + fromEmergency + " (应急储备库)");
      }
      if (fromMain > 0) {
        bookings.add(new Booking(MovementType.ISSUE, Store.MAIN.code(), part, fromMain, 0, caseNumber, null, null,
            actor, "应急抢修领用 (应急储备库不足, 由主仓库补足)", key + ":" + part + ":main"));
        drawn.add(part + " x" + fromMain + " (主仓库)");
      }
      if (lacking > 0) {
        missing.add(part + " x" + lacking);
      }
    }
    List<Movement> issued = bookings.isEmpty() ? List.of() : stock.bookAll(bookings);
    return new Result(issued, drawn.isEmpty() ? null : String.join("; ", drawn),
        missing.isEmpty() ? null : String.join("; ", missing));
  }

  private static JsonNode tree(Object value) {
    return JsonVariables.tree(value, "emergencyLines");
  }
}
