package org.chrysalis.itests.ledger;

/** An entry: {@code quantity} items at {@code unitPrice} fen each, {@code total} fen in all (new in 2.0.0). */
public record Entry(Long id, String item, Integer quantity, Long unitPrice, Long total) {
}
