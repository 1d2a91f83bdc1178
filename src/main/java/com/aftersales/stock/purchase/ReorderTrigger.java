package com.aftersales.stock.purchase;

import com.aftersales.stock.Part;
import com.aftersales.stock.purchase.PurchaseProcess.Vars;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens a purchase request (parts-purchase) when stock goes to or under its reorder level, once per part and store
 * until the parts are booked in. Runs in the transaction of the movement that caused it, which holds the level
 * row's lock: concurrent issues of the part find the first one's stock_reorder row (and its key refuses a second).
 * The quantity suggested is what brings the store back to twice the reorder level (the project's rule; planning
 * sets the quantity it orders).
 */
@Component
public class ReorderTrigger {

  private final NamedParameterJdbcTemplate jdbc;
  private final RuntimeService runtimeService;

  public ReorderTrigger(NamedParameterJdbcTemplate jdbc, @Lazy RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
  }

  /** Called after a movement out of a store; does nothing above the reorder level or with a request open. */
  public void check(String store, Part part, int balance, Instant now) {
    if (balance > part.reorderLevel()) {
      return;
    }
    int suggested = Math.max(1, 2 * part.reorderLevel() - balance);
    int opened = jdbc.update("INSERT INTO stock_reorder (store_code, part_code, suggested_quantity, opened_at)"
        + " SELECT :store, :part, :suggested, :now FROM stock_store WHERE store_code = :store AND NOT EXISTS"
        + " (SELECT 1 FROM stock_reorder WHERE store_code = :store AND part_code = :part)",
        new MapSqlParameterSource("store", store).addValue("part", part.code()).addValue("suggested", suggested)
            .addValue("now", now.atOffset(ZoneOffset.UTC)));
    if (opened == 0) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.STORE, store);
    variables.put(Vars.PART, part.code());
    variables.put(Vars.PART_NAME, part.name() + " " + part.model()
        + (part.specification() == null ? "" : " " + part.specification()) + " (" + part.unit() + ")");
    variables.put(Vars.ON_HAND, balance);
    variables.put(Vars.REORDER_LEVEL, part.reorderLevel());
    variables.put(Vars.SUGGESTED_QUANTITY, suggested);
    runtimeService.startProcessInstanceByKey(PurchaseProcess.KEY, "PR-" + store + "-" + part.code(), variables);
  }

  /** The request is settled (booked in, or planning orders nothing): the next shortage opens a new one. */
  public void close(String store, String part) {
    jdbc.update("DELETE FROM stock_reorder WHERE store_code = :store AND part_code = :part",
        new MapSqlParameterSource("store", store).addValue("part", part));
  }
}
