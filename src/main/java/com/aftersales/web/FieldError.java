package com.aftersales.web;

/** One bad input field: a JSON path such as {@code customer.phone}, or a header name. */
public record FieldError(String field, String message) {}
