package com.aftersales.mail;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.CustomerLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Plain-text templates in {@code classpath:mail/templates/NAME.txt}: a {@code Subject:} line, a blank
 * line, the body. A mail is written in the case's language (process variable {@code language}, a
 * {@link CustomerLanguage} tag, Chinese when absent): {@code mail/templates/zh-CN/NAME.txt} for Chinese; the
 * templates directly under {@code mail/templates/} are the English ones, and the only one of a mail that has no
 * language version: the staff mails, which are written in Chinese there (the staff are Chinese-speaking, whatever
 * language the case's customer reads). {@code {{name}}} is replaced by the model value; a missing or null value prints as "-"
 * so a half-known case still gets its mail. Points in time print in the company zone with its name
 * ({@link StaffTimes}), whatever zone the server runs in; amounts with a fraction print with two decimals
 * (the templates say 元 or yuan).
 */
@Component
public class MailTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
  private final Map<String, Template> cache = new ConcurrentHashMap<>();
  private final StaffTimes times;

  public MailTemplates(StaffTimes times) {
    this.times = times;
  }

  public record Template(String subject, String body) {}

  public record RenderedMail(String subject, String body) {}

  public RenderedMail render(String name, Map<String, Object> model) {
    CustomerLanguage language = CustomerLanguage.of(model.get(CaseVariables.LANGUAGE));
    Template template = cache.computeIfAbsent(language.tag() + "/" + name, key -> load(name, language));
    return new RenderedMail(fill(template.subject(), model, times), fill(template.body(), model, times));
  }

  static Template load(String name) {
    return load(name, CustomerLanguage.EN);
  }

  /** The template in the language, or the English one when there is none in it. */
  static Template load(String name, CustomerLanguage language) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Invalid mail template name: " + name);
    }
    ClassPathResource resource = new ClassPathResource("mail/templates/" + language.tag() + "/" + name + ".txt");
    if (language == CustomerLanguage.EN || !resource.exists()) {
      resource = new ClassPathResource("mail/templates/" + name + ".txt");
    }
    if (!resource.exists()) {
      throw new IllegalStateException("No mail template " + name + " (mail/templates/" + name + ".txt)");
    }
    String text;
    try (InputStream in = resource.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read mail template " + name, e);
    }
    int end = text.indexOf("\n\n");
    String head = end < 0 ? text : text.substring(0, end);
    if (!head.startsWith("Subject:")) {
      throw new IllegalStateException("Mail template " + name + " must start with a 'Subject:' line");
    }
    String body = end < 0 ? "" : text.substring(end + 2);
    return new Template(head.substring("Subject:".length()).trim(), body);
  }

  static String fill(String text, Map<String, Object> model, StaffTimes times) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(format(times.formatIfTime(model.get(m.group(1))))));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String format(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return "-";
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
      // money (labour, parts, totals): 150.0 reads 150.00
      return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
    return String.valueOf(value);
  }
}
