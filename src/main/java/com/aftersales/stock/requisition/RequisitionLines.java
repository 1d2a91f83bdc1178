package com.aftersales.stock.requisition;

import com.aftersales.variables.JsonVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The lines of a requisition (配件领用单明细): what was asked for ({@code requestedLines}, written only by the
 * requisition's own steps) and the lines the forms show and fill ({@code requisitionLines}, one line box per line
 * bound to {@code requisitionLines.0} ... {@code requisitionLines.4}: Tasklist 7.24 completes a fixed number of
 * boxes, not a dynamic list). A line's part and quantity are always taken from the requested lines; of what a
 * form submits only the fields the person fills (issued, unused, old part) are read, by position.
 */
public final class RequisitionLines {

  /** The line boxes of the requisition's forms. */
  public static final int MAX_LINES = 5;
  public static final int MAX_QUANTITY = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private RequisitionLines() {}

  /** One line: the part and quantity asked for, what the store had, and what became of it. */
  public record Line(int lineNo, String part, String partName, int quantity, int onHand, Integer issued,
      Integer unused, String oldPartOutcome, Integer oldPartQuantity, BigDecimal unitCost) {

    public Line withIssued(int issued) {
      return new Line(lineNo, part, partName, quantity, onHand, issued, unused, oldPartOutcome, oldPartQuantity,
          unitCost);
    }

    public Line withSettlement(int unused, String outcome, int oldParts) {
      return new Line(lineNo, part, partName, quantity, onHand, issued, unused, outcome, oldParts, unitCost);
    }

    public int issuedOrZero() {
      return issued == null ? 0 : issued;
    }
  }

  /** The part and quantity a requester asks for. */
  public record Request(String part, int quantity) {}

  /** The requested lines as their variable. */
  public static JsonValue requested(List<Request> lines) {
    ArrayNode array = JSON.createArrayNode();
    for (Request r : lines) {
      array.addObject().put("part", r.part()).put("quantity", r.quantity());
    }
    return SpinValues.jsonValue(array.toString()).create();
  }

  /** Reads the requested lines back; an unreadable value throws naming the variable. */
  public static List<Request> readRequested(Object value) {
    JsonNode tree = tree(value);
    if (tree == null || !tree.isArray() || tree.isEmpty()) {
      throw new IllegalArgumentException(RequisitionProcess.Vars.REQUESTED_LINES + ": at least one line is required");
    }
    if (tree.size() > MAX_LINES) {
      throw new IllegalArgumentException(RequisitionProcess.Vars.REQUESTED_LINES + ": at most " + MAX_LINES
          + " lines per requisition");
    }
    List<Request> lines = new ArrayList<>();
    for (JsonNode node : tree) {
      String part = node.path("part").asText("").trim();
      lines.add(new Request(part, node.path("quantity").asInt(0)));
    }
    return lines;
  }

  /** The lines as the variable the forms' line boxes bind to. */
  public static JsonValue toVariable(List<Line> lines) {
    ArrayNode array = JSON.createArrayNode();
    for (Line l : lines) {
      ObjectNode node = array.addObject();
      node.put("lineNo", l.lineNo()).put("part", l.part()).put("partName", l.partName())
          .put("quantity", l.quantity()).put("onHand", l.onHand());
      node.put("unitCost", l.unitCost() == null ? null : l.unitCost().toPlainString());
      if (l.issued() != null) {
        node.put("issued", l.issued());
      }
      if (l.unused() != null) {
        node.put("unused", l.unused());
      }
      if (l.oldPartOutcome() != null) {
        node.put("oldPartOutcome", l.oldPartOutcome());
      }
      if (l.oldPartQuantity() != null) {
        node.put("oldPartQuantity", l.oldPartQuantity());
      }
    }
    return SpinValues.jsonValue(array.toString()).create();
  }

  /** The lines as the steps wrote them (the form's own submission is read with {@link #entered}). */
  public static List<Line> read(Object value) {
    JsonNode tree = tree(value);
    List<Line> lines = new ArrayList<>();
    if (tree == null || !tree.isArray()) {
      return lines;
    }
    for (JsonNode n : tree) {
      lines.add(new Line(n.path("lineNo").asInt(), n.path("part").asText(null), n.path("partName").asText(null),
          n.path("quantity").asInt(), n.path("onHand").asInt(), optionalInt(n, "issued"), optionalInt(n, "unused"),
          n.hasNonNull("oldPartOutcome") ? n.get("oldPartOutcome").asText() : null, optionalInt(n, "oldPartQuantity"),
          n.hasNonNull("unitCost") ? new BigDecimal(n.get("unitCost").asText()) : null));
    }
    return lines;
  }

  /**
   * A whole number a person entered in the line box of {@code part} (at {@code index}, 0-based, when no box names a
   * part) of the submitted lines, or null when the box was left empty or not shown.
   *
   * @throws IllegalArgumentException naming the line and field for a value that is not a whole number in range
   */
  public static Integer entered(Object submitted, int index, String part, String field, int min, int max) {
    JsonNode value = field(submitted, index, part, field);
    if (value == null) {
      return null;
    }
    String at = RequisitionProcess.Vars.REQUISITION_LINES + "[" + (index + 1) + "]." + field;
    int number;
    try {
      number = new BigDecimal(value.asText().trim()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(at + " must be a whole number, not " + value.asText(), e);
    }
    if (number < min || number > max) {
      throw new IllegalArgumentException(at + " must be between " + min + " and " + max + ", not " + number);
    }
    return number;
  }

  /** A text a person entered in line box {@code index}, or null. */
  public static String enteredText(Object submitted, int index, String part, String field) {
    JsonNode value = field(submitted, index, part, field);
    return value == null ? null : value.asText().trim();
  }

  /** The lines in one short text, for the repair and the mails: "TN-1 碳粉盒 x2; DR-3 感光鼓 x1". */
  public static String summary(List<Line> lines, java.util.function.ToIntFunction<Line> quantity) {
    StringBuilder text = new StringBuilder();
    for (Line l : lines) {
      int q = quantity.applyAsInt(l);
      if (q > 0) {
        text.append(text.isEmpty() ? "" : "; ").append(l.part()).append(' ').append(l.partName()).append(" x")
            .append(q);
      }
    }
    return text.toString();
  }

  /**
   * The field of the submitted line box that names the line's part (form-js may leave out the boxes it hid, so a
   * position is only the fallback for a box without a part).
   */
  private static JsonNode field(Object submitted, int index, String part, String field) {
    JsonNode tree = tree(submitted);
    if (tree == null || !tree.isArray()) {
      return null;
    }
    JsonNode box = null;
    for (JsonNode node : tree) {
      if (node != null && node.isObject() && part != null && part.equals(node.path("part").asText(null))) {
        box = node;
        break;
      }
    }
    if (box == null && tree.size() > index && tree.get(index) != null && tree.get(index).isObject()
        && !tree.get(index).hasNonNull("part")) {
      box = tree.get(index);
    }
    if (box == null) {
      return null;
    }
    JsonNode value = box.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      return null;
    }
    return value;
  }

  private static Integer optionalInt(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asInt() : null;
  }

  static JsonNode tree(Object value) {
    return JsonVariables.tree(value, RequisitionProcess.Vars.REQUISITION_LINES);
  }
}
