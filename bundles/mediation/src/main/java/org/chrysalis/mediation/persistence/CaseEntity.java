package org.chrysalis.mediation.persistence;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.chrysalis.mediation.domain.DisputeCategory;
import org.chrysalis.mediation.domain.DisputeStatus;

@Entity
@Table(name = "MED_CASE")
public class CaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 24, nullable = false)
    public DisputeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 24, nullable = false)
    public DisputeCategory category;

    @Column(name = "CONSUMER_NAME", length = 100, nullable = false)
    public String consumerName;

    @Column(name = "CONSUMER_PHONE", length = 30)
    public String consumerPhone;

    @Column(name = "MERCHANT_NAME", length = 200, nullable = false)
    public String merchantName;

    @Column(name = "MERCHANT_CODE", length = 18)
    public String merchantCode;

    @Column(name = "MERCHANT_KEY", length = 200, nullable = false)
    public String merchantKey;

    @Column(name = "MERCHANT_CONTACT", length = 100)
    public String merchantContact;

    @Column(name = "CLAIM_FEN", nullable = false)
    public long claimFen;

    @Column(name = "FACTS", length = 4000, nullable = false)
    public String facts;

    @Lob
    @Column(name = "EVIDENCE")
    public String evidence;

    @Column(name = "SOURCE_CAPABILITY", length = 64)
    public String sourceCapability;

    @Column(name = "SOURCE_CASE_ID", length = 128)
    public String sourceCaseId;

    @Column(name = "MEDIATOR_ID", length = 100)
    public String mediatorId;

    @Column(name = "ORGANISATION_ID", length = 64)
    public String organisationId;

    /** Comma-separated mediators who had the case before a reassignment. */
    @Column(name = "PREVIOUS_MEDIATORS", length = 500)
    public String previousMediators;

    @Column(name = "ASSIGNMENT_NOTE", length = 4000)
    public String assignmentNote;

    @Column(name = "FILED_AT", nullable = false)
    public Instant filedAt;

    @Column(name = "ACCEPTED_AT")
    public Instant acceptedAt;

    @Column(name = "DEADLINE")
    public Instant deadline;

    @Column(name = "EXTENDED", nullable = false)
    public boolean extended;

    @Column(name = "DECIDED_AT")
    public Instant decidedAt;

    @Column(name = "DECLINE_REASON", length = 40)
    public String declineReason;

    @Column(name = "AGREEMENT_TERMS", length = 4000)
    public String agreementTerms;

    @Column(name = "AGREEMENT_FEN")
    public Long agreementFen;

    @Column(name = "AGREEMENT_DUE")
    public LocalDate agreementDue;

    @Column(name = "CONFIRMATION_NO", length = 64)
    public String confirmationNumber;

    @Column(name = "FILING_REF", length = 64)
    public String filingReference;

    /** When the mediator and the centre were warned that the deadline is near. */
    @Column(name = "WARNED_AT")
    public Instant warnedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    public long version;
}
