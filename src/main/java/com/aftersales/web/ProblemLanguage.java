package com.aftersales.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem+json answer of the application's API in the language the request asks for ({@code Accept-Language},
 * see {@link ProblemTexts#languageOf}): title, detail and each field error's message. A request without the header
 * gets {@code aftersales.api.default-language} (zh-CN: the staff are Chinese-speaking). Field names stay as they are:
 * they are the API's own words.
 */
@ControllerAdvice
public class ProblemLanguage implements ResponseBodyAdvice<Object> {

  private static final String ERRORS = "errors";

  private final ProblemTexts texts;

  public ProblemLanguage(ProblemTexts texts) {
    this.texts = texts;
  }

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
      localize(problem, texts.languageOf(servlet.getServletRequest()));
    }
    return body;
  }

  /** The problem's texts in the language; the field errors rebuild the detail, as the handlers compose it. */
  void localize(ProblemDetail problem, Locale language) {
    problem.setTitle(texts.text(problem.getTitle(), language));
    Object errors = problem.getProperties() == null ? null : problem.getProperties().get(ERRORS);
    if (errors instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(FieldError.class::isInstance)) {
      List<FieldError> translated = new ArrayList<>();
      boolean changed = false;
      String separator = language.getLanguage().equals("zh") ? "；" : "; ";
      StringBuilder detail = new StringBuilder();
      for (Object one : list) {
        FieldError error = (FieldError) one;
        FieldError local = new FieldError(error.field(), texts.text(error.message(), language));
        changed |= !local.message().equals(error.message());
        translated.add(local);
        if (!detail.isEmpty()) {
          detail.append(separator);
        }
        detail.append(local.field().isEmpty() ? "" : local.field() + " ").append(local.message());
      }
      problem.setProperty(ERRORS, translated);
      String whole = texts.text(problem.getDetail(), language);
      if (whole != null && !whole.equals(problem.getDetail())) {
        problem.setDetail(whole);
      } else if (changed && problem.getDetail() != null) {
        problem.setDetail(detail.toString());
      }
    } else {
      problem.setDetail(texts.text(problem.getDetail(), language));
    }
  }

  /** For filters writing problems themselves ({@link Problems}): the same texts. */
  public void localize(ProblemDetail problem, HttpServletRequest request) {
    localize(problem, texts.languageOf(request));
  }
}
