package com.aftersales.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Writes a problem+json answer from a servlet filter, where Spring MVC's exception handlers (and {@link
 * ProblemLanguage}, which puts their problems into the request's language) do not reach: the problem's texts in the
 * request's language.
 */
public final class Problems {

  private Problems() {}

  /** The problem in the request's language (Accept-Language, else the configured default), as problem+json. */
  public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper objectMapper,
      ProblemDetail problem) throws IOException {
    WebApplicationContext context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
    if (context != null) {
      context.getBean(ProblemLanguage.class).localize(problem, request);
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  public static ProblemDetail of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
