package com.aftersales.flows.parts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The parts catalogue of a case's product line, which the parts forms offer as their part list. The source follows
 * 004 附表 ("下列部件如价格表有单独核算价格则根据价格表核算，如无单独价格在补件时则依据下表核算"): the company's price
 * list of the case's model ({@link PriceList}) for every line; for furniture (the line 附表 was written for: beds,
 * door panels, mirrors) also the 附表 items of parts-price.dmn. Every catalogue ends with {@code other}, a part the
 * planning manager prices in the review. A part outside the case's catalogue is refused: on submit by the form's
 * list (FormChoicesPlugin checks lists filled at run time) and by the lines check for lines a caller sends.
 */
@Service
public class PartsCatalogues {

  /** One choice: the value a line stores and the label the form shows. */
  public record Item(String value, String label) {}

  /** The 附表 items in Chinese, as the furniture catalogue shows them. */
  static final Map<String, String> APPENDIX_LABELS = appendixLabels();

  private static final ObjectMapper JSON = new ObjectMapper();

  private final NamedParameterJdbcTemplate jdbc;
  private final PriceList priceList;

  public PartsCatalogues(NamedParameterJdbcTemplate jdbc, PriceList priceList) {
    this.jdbc = jdbc;
    this.priceList = priceList;
  }

  /** The product line of a model; a model without a row is furniture (the line the parts flow of 004 serves). */
  public ProductLine lineOf(String productModel) {
    if (productModel == null || productModel.isBlank()) {
      return ProductLine.FURNITURE;
    }
    List<String> lines = jdbc.queryForList(
        "SELECT product_line FROM product_model_line WHERE product_model = :model",
        new MapSqlParameterSource("model", productModel.trim()), String.class);
    return lines.stream().findFirst().flatMap(ProductLine::of).orElse(ProductLine.FURNITURE);
  }

  /** The catalogue of the model's product line, in the order the form offers it. */
  public List<Item> catalogue(String productModel) {
    Map<String, Item> items = new LinkedHashMap<>();
    if (lineOf(productModel) == ProductLine.FURNITURE) {
      APPENDIX_LABELS.forEach((value, label) -> items.put(value, new Item(value, label)));
    }
    if (productModel != null && !productModel.isBlank()) {
      for (PriceList.Entry entry : priceList.list(productModel.trim())) {
        items.putIfAbsent(entry.part(), new Item(entry.part(), entry.part() + "（价目表）"));
      }
    }
    items.put(PartsProcess.OTHER_PART, new Item(PartsProcess.OTHER_PART, "其他（由计划部定价）"));
    return new ArrayList<>(items.values());
  }

  /** The values of the catalogue. */
  public Set<String> values(String productModel) {
    Set<String> values = new LinkedHashSet<>();
    catalogue(productModel).forEach(i -> values.add(i.value()));
    return values;
  }

  /** The catalogue as the JSON list of {label, value} a select with {@code valuesKey} reads. */
  public TypedValue choices(String productModel) {
    ArrayNode options = JSON.createArrayNode();
    catalogue(productModel).forEach(i -> options.addObject().put("label", i.label()).put("value", i.value()));
    return SpinValues.jsonValue(options.toString()).create();
  }

  private static Map<String, String> appendixLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("bed-headboard", "床头");
    labels.put("bed-rail", "床边");
    labels.put("bed-rail-set", "床边套件（一对，含内边）");
    labels.put("footboard", "床尾");
    labels.put("bed-legs", "床腿（一对）");
    labels.put("bed-slats", "床板条（一对）");
    labels.put("door-panel", "门板");
    labels.put("dressing-mirror", "穿衣镜");
    if (!labels.keySet().equals(new LinkedHashSet<>(PartsProcess.PRICED_PARTS))) {
      throw new IllegalStateException("the 附表 labels must name the items of parts-price.dmn");
    }
    return labels;
  }
}
