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
 * {@code /error} asked for directly is not found (404 problem+json). It is Spring Boot's error page, reached by the
 * container's error dispatch with the failed request's status; asked for as a request it has no status and Spring
 * answered 500. Registered for request dispatches only, so real error pages are untouched.
 */
public class DirectErrorRequestFilter extends OncePerRequestFilter {

  private final ObjectMapper objectMapper;

  public DirectErrorRequestFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Problems.write(request, response, objectMapper,
        Problems.of(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address."));
  }
}
