package com.aftersales.flows.parts;

import com.aftersales.variables.JsonVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Reads and checks the lines of a parts request, whatever shape they arrive in: a Spin JSON value (the Camunda
 * Forms' line boxes bound to {@code partsLines.0} ... {@code partsLines.49}, REST type Json), a JSON string (a caller or a REST client) or Java lists and maps (a
 * Java caller). Every problem is named with its line so the specialist can fix them all at once.
 */
public final class PartsLines {

  static final int MAX_LINES = 50;
  static final int MAX_QUANTITY = 99;
  private static final ObjectMapper JSON = new ObjectMapper();

  private PartsLines() {}

  /** The checked lines, or the problems that keep them from being used. */
  public record Checked(List<PartLine> lines, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** Reads the raw variable value into a JSON tree; null for an absent or blank value. */
  public static JsonNode tree(Object value) {
    try {
      return JsonVariables.tree(value, PartsProcess.Vars.PARTS_LINES);
    } catch (IllegalArgumentException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return JSON.getNodeFactory().textNode("unreadable: " + cause.getMessage());
    }
  }

  public static Checked check(Object value) {
    return check(value, null);
  }

  /**
   * The lines checked, each part held to the catalogue of the case's product line ({@link PartsCatalogues}); without
   * a catalogue to the 附表 items and {@code other}.
   */
  public static Checked check(Object value, java.util.Set<String> catalogue) {
    List<String> problems = new ArrayList<>();
    List<PartLine> lines = new ArrayList<>();
    JsonNode tree = tree(value);
    if (tree == null || (tree.isArray() && tree.isEmpty())) {
      problems.add("请至少填写一行配件。");
      return new Checked(List.of(), problems);
    }
    if (!tree.isArray()) {
      problems.add("配件明细必须是逐行的列表。");
      return new Checked(List.of(), problems);
    }
    if (tree.size() > MAX_LINES) {
      problems.add("每份申请最多 " + MAX_LINES + " 行；请拆分申请。");
      return new Checked(List.of(), problems);
    }
    int no = 0;
    for (JsonNode node : tree) {
      no++;
      String at = "第 " + no + " 行：";
      if (!node.isObject()) {
        problems.add(at + "不是配件行。");
        continue;
      }
      int before = problems.size();
      String partName = text(node, "partName", 100, true, at, problems);
      String part = text(node, "part", 40, false, at, problems);
      if (part == null) {
        part = PartsProcess.OTHER_PART;
      } else if (catalogue != null && !catalogue.contains(part)) {
        problems.add(at + "价目表项目须为本产品线配件目录中的一项：" + String.join("、", catalogue) + "。");
      } else if (catalogue == null && !PartsProcess.PRICED_PARTS.contains(part) && !PartsProcess.OTHER_PART.equals(part)) {
        problems.add(at + "价目表项目须为 " + String.join("、", PartsProcess.PRICED_PARTS) + " 或 other（其他）之一。");
      }
      String category = text(node, "partCategory", 40, true, at, problems);
      if (category != null && !PartsProcess.CATEGORIES.contains(category)) {
        problems.add(at + "类别须为 " + String.join("、", PartsProcess.CATEGORIES) + " 之一。");
      }
      String size = size(node, at, problems);
      String colour = text(node, "colour", 60, true, at, problems);
      Integer quantity = quantity(node, at, problems);
      String batch = text(node, "batchNumber", 40, true, at, problems);
      String inspection = text(node, "inspectionNumber", 40, true, at, problems);
      String reason = text(node, "reason", 500, true, at, problems);
      if (problems.size() == before) {
        lines.add(new PartLine(no, partName, part, category, size, colour, quantity, batch, inspection, reason,
            null, null, null, null, null));
      }
    }
    return new Checked(problems.isEmpty() ? List.copyOf(lines) : List.of(), problems);
  }

  /** The lines as the JSON variable the forms bind their line boxes to. */
  public static JsonValue toVariable(List<PartLine> lines) {
    ArrayNode array = JSON.createArrayNode();
    for (PartLine line : lines) {
      array.add(JSON.valueToTree(line.toMap()));
    }
    return SpinValues.jsonValue(array.toString()).create();
  }

  /**
   * Unit prices the planning manager typed into the review form's list, by line number; lines without a
   * number are left out.
   *
   * @throws IllegalArgumentException for a price that is not a non-negative number
   */
  public static Map<Integer, BigDecimal> unitPrices(Object value) {
    Map<Integer, BigDecimal> prices = new java.util.HashMap<>();
    JsonNode tree = tree(value);
    if (tree == null || !tree.isArray()) {
      return prices;
    }
    int position = 0;
    for (JsonNode node : tree) {
      position++;
      JsonNode price = node.get("unitPrice");
      if (price == null || price.isNull() || (price.isTextual() && price.asText().isBlank())) {
        continue;
      }
      JsonNode lineNo = node.get("lineNo");
      int no = lineNo != null && lineNo.canConvertToInt() ? lineNo.asInt() : position;
      BigDecimal amount;
      try {
        amount = new BigDecimal(price.asText().trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Line " + no + ": unit price is not a number: " + price.asText());
      }
      if (amount.signum() < 0) {
        throw new IllegalArgumentException("Line " + no + ": unit price must not be negative");
      }
      prices.put(no, amount);
    }
    return prices;
  }

  private static String text(JsonNode node, String field, int max, boolean required, String at, List<String> problems) {
    JsonNode value = node.get(field);
    String text = value == null || value.isNull() ? null : value.isValueNode() ? value.asText().trim() : null;
    if (value != null && !value.isNull() && !value.isValueNode()) {
      problems.add(at + label(field) + "必须是文字。");
      return null;
    }
    if (text == null || text.isEmpty()) {
      if (required) {
        problems.add(at + label(field) + "为必填项。");
      }
      return null;
    }
    if (text.length() > max) {
      problems.add(at + label(field) + "最多 " + max + " 个字符。");
      return null;
    }
    return text;
  }

  private static String size(JsonNode node, String at, List<String> problems) {
    JsonNode value = node.get("size");
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    String text = value.asText().trim().toLowerCase(Locale.ROOT).replace("m", "").trim();
    try {
      String normal = new BigDecimal(text).setScale(1, java.math.RoundingMode.UNNECESSARY).toPlainString();
      if (PartsProcess.SIZES.contains(normal)) {
        return normal;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    problems.add(at + "床的尺寸须为 " + String.join("、", PartsProcess.SIZES) + "（米）之一，或留空。");
    return null;
  }

  private static Integer quantity(JsonNode node, String at, List<String> problems) {
    JsonNode value = node.get("quantity");
    if (value == null || value.isNull() || value.asText().isBlank()) {
      problems.add(at + "数量为必填项。");
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(value.asText().trim());
      int quantity = number.intValueExact();
      if (quantity >= 1 && quantity <= MAX_QUANTITY) {
        return quantity;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    problems.add(at + "数量须为 1 到 " + MAX_QUANTITY + " 之间的整数。");
    return null;
  }

  private static String label(String field) {
    return switch (field) {
      case "partName" -> "标准配件名称";
      case "part" -> "价目表项目";
      case "partCategory" -> "类别";
      case "colour" -> "产品颜色";
      case "batchNumber" -> "包装批号";
      case "inspectionNumber" -> "产品检验编号";
      case "reason" -> "原因";
      default -> field;
    };
  }
}
