package org.chrysalis.itests.ledger;

/** An entry: {@code quantity} items at {@code unitPrice} fen each. */
public record Entry(Long id, String item, Integer quantity, Long unitPrice) {
}
