package org.chrysalis.parking.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A vehicle's stay in a lot, from entry to exit, with its fee and payment. */
@Entity
@Table(name = "PRK_SESSION")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "LOT_ID", length = 64, nullable = false)
    public String lotId;

    @Column(name = "PLATE", length = 16, nullable = false)
    public String plate;

    @Column(name = "VEHICLE_TYPE", length = 40, nullable = false)
    public String vehicleType;

    @Column(name = "OPEN_KEY", length = 100)
    public String openKey;

    @Column(name = "ENTERED_AT", nullable = false)
    public Instant enteredAt;

    @Column(name = "EXITED_AT")
    public Instant exitedAt;

    @Column(name = "MINUTES")
    public Long minutes;

    @Column(name = "FEE_FEN")
    public Long feeFen;

    @Column(name = "FEE_REASON", length = 30)
    public String feeReason;

    @Column(name = "PAYMENT_STATUS", length = 12, nullable = false)
    public String paymentStatus;

    @Column(name = "PAYMENT_METHOD", length = 30)
    public String paymentMethod;

    @Column(name = "PAID_AT")
    public Instant paidAt;

    @Column(name = "FLAGGED", nullable = false)
    public boolean flagged;

    @Column(name = "FLAGGED_AT")
    public Instant flaggedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    public long version;
}
