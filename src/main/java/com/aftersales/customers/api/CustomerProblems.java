package com.aftersales.customers.api;

import com.aftersales.customers.CustomerNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An unknown customer as problem+json 404, ahead of web.ApiExceptionHandler's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerProblems {

  @ExceptionHandler(CustomerNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(CustomerNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setTitle("Customer not found");
    problem.setDetail(e.getMessage());
    problem.setProperty("errors", java.util.List.of(new com.aftersales.web.FieldError("id", e.getMessage())));
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }
}
