package org.chrysalis.itests.ledger;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LEDGER_ENTRY")
public class EntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "ITEM", length = 100, nullable = false)
    String item;

    @Column(name = "QUANTITY", nullable = false)
    int quantity;

    @Column(name = "UNIT_PRICE", nullable = false)
    long unitPrice;

    /** Added in 2.0.0; its migration backfilled it for the entries written by 1.0.0. */
    @Column(name = "TOTAL", nullable = false)
    long total;

    Entry view() {
        return new Entry(id, item, quantity, unitPrice, total);
    }
}
