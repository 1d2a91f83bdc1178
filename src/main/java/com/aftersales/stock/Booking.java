package com.aftersales.stock;

/**
 * What to write on the ledger: a movement of a positive quantity of a part in a store, by someone, for a reason.
 *
 * @param delta for {@link MovementType#CORRECTION} the signed difference; otherwise the quantity and the type's
 *     sign decide, and this is ignored
 * @param key idempotency key of a process step (null from people): a second booking with the same key returns
 *     the first line and changes nothing
 */
public record Booking(
    MovementType type,
    String store,
    String part,
    int quantity,
    int delta,
    String caseNumber,
    String requisitionNumber,
    String reference,
    String actor,
    String reason,
    String key) {

  public static Booking of(MovementType type, String store, String part, int quantity, String actor, String reason) {
    return new Booking(type, store, part, quantity, 0, null, null, null, actor, reason, null);
  }

  public Booking forCase(String caseNumber, String requisitionNumber) {
    return new Booking(type, store, part, quantity, delta, caseNumber, requisitionNumber, reference, actor, reason, key);
  }

  public Booking withReference(String reference) {
    return new Booking(type, store, part, quantity, delta, caseNumber, requisitionNumber, reference, actor, reason, key);
  }

  public Booking withKey(String key) {
    return new Booking(type, store, part, quantity, delta, caseNumber, requisitionNumber, reference, actor, reason, key);
  }

  /** What the line does to the quantity in the store. */
  int signedDelta() {
    return type == MovementType.CORRECTION ? delta : type.sign() * quantity;
  }
}
