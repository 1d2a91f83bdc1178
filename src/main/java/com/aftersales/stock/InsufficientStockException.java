package com.aftersales.stock;

/**
 * A movement out would take the store's quantity below zero; nothing was written. Answered 409 by the stock API; an
 * IllegalArgumentException so a task completion that asks for it is refused as bad input (400) and stays open.
 */
public class InsufficientStockException extends IllegalArgumentException {

  private final String store;
  private final String part;
  private final int requested;
  private final int available;

  public InsufficientStockException(String store, String part, int requested, int available) {
    super("Only " + available + " of " + part + " in store " + store + "; " + requested + " requested");
    this.store = store;
    this.part = part;
    this.requested = requested;
    this.available = available;
  }

  public String store() {
    return store;
  }

  public String part() {
    return part;
  }

  public int requested() {
    return requested;
  }

  public int available() {
    return available;
  }
}
