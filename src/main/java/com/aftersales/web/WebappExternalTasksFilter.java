package com.aftersales.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * External tasks are for workers on /engine-rest; the webapps' copy of the engine API (/camunda/api/engine) serves
 * Tasklist and Cockpit, which never use them. Its long-polling fetch cannot work there at all (Camunda's webapp
 * filters do not support asynchronous requests, so every fetch ended in a 500), so the whole resource is answered
 * 404 there.
 */
public class WebappExternalTasksFilter extends OncePerRequestFilter {

  private final ObjectMapper objectMapper;

  public WebappExternalTasksFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.matches("/camunda/api/engine/engine/[^/]+/external-task(/.*)?")) {
      Problems.write(request, response, objectMapper, Problems.of(HttpStatus.NOT_FOUND, "Not served here",
          "External tasks are served to workers on /engine-rest only."));
      return;
    }
    chain.doFilter(request, response);
  }
}
