package org.chrysalis.parking.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.parking.domain.FeeCalculator;
import org.chrysalis.parking.domain.FeeCalculator.Fee;
import org.chrysalis.parking.domain.Tariff;
import org.chrysalis.parking.persistence.LotEntity;
import org.chrysalis.parking.persistence.SessionEntity;
import org.chrysalis.parking.service.Views.EntryInput;
import org.chrysalis.parking.service.Views.ExitInput;
import org.chrysalis.parking.service.Views.PaymentInput;
import org.chrysalis.parking.service.Views.Quote;
import org.chrysalis.parking.service.Views.QuoteInput;
import org.chrysalis.parking.service.Views.Session;
import org.chrysalis.parking.service.Views.SessionFilter;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.event.Topics;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Vehicles entering and leaving lots: sessions, fees by the lot's tariff, payment, long stays flagged. */
public class SessionService {

    /** Plates as the gates read them: Chinese plates (e.g. 甘A12345, new-energy 甘AD12345) or Latin letters and digits. */
    static final String PLATE_PATTERN = "[\\p{IsHan}A-Z0-9]{5,10}";
    static final String VEHICLE_TYPE_PATTERN = "[A-Za-z]{1,40}";
    static final Set<String> PAYMENT_METHODS = Set.of("CASH", "WECHAT", "ALIPAY", "UNIONPAY", "ETC", "OTHER");
    public static final String UNPAID = "UNPAID";
    public static final String PAID = "PAID";
    public static final String FREE = "FREE";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final ParkingSettings settings;

    public SessionService(JpaTemplate jpa, AuditService audit, PlatformClock clock, EventAdmin events,
                          ParkingSettings settings) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.settings = settings;
    }

    public Session enter(EntryInput input, Actor actor, Locale locale) {
        String plate = input.plate() == null ? null : input.plate().trim().toUpperCase(Locale.ROOT);
        String type = input.vehicleType() == null ? "car" : input.vehicleType();
        Instant now = clock.now();
        Instant at = input.enteredAt() == null ? now : input.enteredAt();
        new FieldErrors().required("lotId", input.lotId()).required("plate", plate)
                .matches("plate", plate, PLATE_PATTERN, "must be a licence plate such as 甘A12345")
                .matches("vehicleType", type, VEHICLE_TYPE_PATTERN, "must be a FIWARE vehicle type such as car")
                .check(!at.isAfter(now.plusSeconds(300)), "enteredAt", "is in the future")
                .throwIfAny();
        Session session;
        try {
            session = jpa.txExpr(TransactionType.Required, em -> {
                LotEntity lot = LotService.existingLot(em, input.lotId());
                Tariff tariff = LotService.tariffOf(lot);
                Set<String> allowed = LotService.split(lot.vehicleTypes);
                if (!allowed.contains(type) && !allowed.contains("anyVehicle") && !tariff.freeVehicleTypes().contains(type)) {
                    throw ProblemException.invalid("vehicleType", "lot " + lot.id + " takes only " + allowed);
                }
                if (lot.closed) {
                    throw ProblemException.conflict("Lot " + lot.id + " is closed.");
                }
                if (!em.createQuery("select s.id from SessionEntity s where s.openKey = :key", Long.class)
                        .setParameter("key", lot.id + "|" + plate).getResultList().isEmpty()) {
                    throw ProblemException.conflict("Vehicle " + plate + " is already in lot " + lot.id + ".");
                }
                SessionEntity s = new SessionEntity();
                s.lotId = lot.id;
                s.plate = plate;
                s.vehicleType = type;
                s.openKey = lot.id + "|" + plate;
                s.enteredAt = at;
                s.paymentStatus = UNPAID;
                em.persist(s);
                em.flush();
                Session after = view(s, locale);
                audit.record(new AuditEvent(actor.name(), LotService.CAPABILITY, "session", String.valueOf(s.id), "enter",
                        null, after));
                return after;
            });
        } catch (RuntimeException e) {
            if (Jdbc.isRetryable(e)) {
                throw ProblemException.conflict("Vehicle " + plate + " is already in lot " + input.lotId() + ".");
            }
            throw e;
        }
        post("ENTERED", session, actor);
        return session;
    }

    public Session exit(long id, ExitInput input, Actor actor, Locale locale) {
        Session session = jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = existing(em, id);
            if (s.exitedAt != null) {
                throw ProblemException.conflict("Session " + id + " has already ended.");
            }
            Instant at = input == null || input.exitedAt() == null ? clock.now() : input.exitedAt();
            if (at.isBefore(s.enteredAt)) {
                throw ProblemException.invalid("exitedAt", "is before the entry at " + s.enteredAt);
            }
            Session before = view(s, locale);
            Fee fee = fee(em, s.lotId, s.enteredAt, at, s.vehicleType);
            s.exitedAt = at;
            s.openKey = null;
            s.minutes = fee.minutes();
            s.feeFen = fee.amountFen();
            s.feeReason = fee.reason().name();
            s.paymentStatus = fee.amountFen() == 0 ? FREE : UNPAID;
            Session after = view(s, locale);
            audit.record(new AuditEvent(actor.name(), LotService.CAPABILITY, "session", String.valueOf(id), "exit",
                    before, after));
            return after;
        });
        post("EXITED", session, actor);
        return session;
    }

    /** The vehicle of a plate leaves a lot (gates know the plate, not the session). */
    public Session exitByPlate(String lotId, String plate, ExitInput input, Actor actor, Locale locale) {
        String normalised = plate == null ? "" : plate.trim().toUpperCase(Locale.ROOT);
        Long id = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select s.id from SessionEntity s where s.openKey = :key", Long.class)
                .setParameter("key", lotId + "|" + normalised).getResultList().stream().findFirst().orElse(null));
        if (id == null) {
            throw ProblemException.notFound("Open session of " + normalised + " in lot", lotId);
        }
        return exit(id, input, actor, locale);
    }

    public Session pay(long id, PaymentInput input, Actor actor, Locale locale) {
        String method = input == null || input.method() == null ? "OTHER" : input.method();
        new FieldErrors().check(PAYMENT_METHODS.contains(method), "method", "must be one of " + PAYMENT_METHODS)
                .throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = existing(em, id);
            if (s.exitedAt == null) {
                throw ProblemException.conflict("Session " + id + " is still open: the fee is known at exit.");
            }
            if (!UNPAID.equals(s.paymentStatus)) {
                throw ProblemException.conflict("Session " + id + " is " + s.paymentStatus + ", nothing to pay.");
            }
            Session before = view(s, locale);
            s.paymentStatus = PAID;
            s.paymentMethod = method;
            s.paidAt = clock.now();
            Session after = view(s, locale);
            audit.record(new AuditEvent(actor.name(), LotService.CAPABILITY, "session", String.valueOf(id), "pay",
                    before, after));
            return after;
        });
    }

    /** What leaving now (or at a given time) would cost, without ending the session. */
    public Quote quoteSession(long id, Instant at, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            SessionEntity s = existing(em, id);
            Instant exit = s.exitedAt != null ? s.exitedAt : at == null ? clock.now() : at;
            if (exit.isBefore(s.enteredAt)) {
                throw ProblemException.invalid("at", "is before the entry at " + s.enteredAt);
            }
            Fee fee = fee(em, s.lotId, s.enteredAt, exit, s.vehicleType);
            return new Quote(s.lotId, s.enteredAt, exit, s.vehicleType, fee.minutes(), fee.amountFen(), fee.reason().name());
        });
    }

    /** The fee of a hypothetical stay under a lot's tariff. */
    public Quote quote(QuoteInput input) {
        new FieldErrors().required("lotId", input.lotId()).required("enteredAt", input.enteredAt())
                .required("exitedAt", input.exitedAt())
                .check(input.enteredAt() == null || input.exitedAt() == null || !input.exitedAt().isBefore(input.enteredAt()),
                        "exitedAt", "must not be before enteredAt")
                .check(input.vehicleType() == null || input.vehicleType().matches(VEHICLE_TYPE_PATTERN), "vehicleType",
                        "must be a FIWARE vehicle type such as car")
                .throwIfAny();
        String type = input.vehicleType() == null ? "car" : input.vehicleType();
        return jpa.txExpr(TransactionType.Supports, em -> {
            Fee fee = fee(em, input.lotId(), input.enteredAt(), input.exitedAt(), type);
            return new Quote(input.lotId(), input.enteredAt(), input.exitedAt(), type, fee.minutes(), fee.amountFen(),
                    fee.reason().name());
        });
    }

    private static Fee fee(EntityManager em, String lotId, Instant entry, Instant exit, String type) {
        LotEntity lot = LotService.existingLot(em, lotId);
        try {
            return FeeCalculator.fee(LotService.tariffOf(lot), entry, exit, type, PlatformClock.DISPLAY_ZONE);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("exitedAt", e.getMessage());
        }
    }

    public Session get(long id, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> view(existing(em, id), locale));
    }

    public Page<Session> list(SessionFilter filter, PageRequest page, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions where = new Conditions().and("s.lotId = :lot", "lot", filter.lotId())
                    .and("s.plate = :plate", "plate", filter.plate() == null ? null : filter.plate().toUpperCase(Locale.ROOT))
                    .and("s.flagged = :flagged", "flagged", filter.flagged())
                    .and("s.paymentStatus = :payment", "payment", filter.paymentStatus());
            if (filter.open() != null) {
                where.always(filter.open() ? "s.exitedAt is null" : "s.exitedAt is not null", Map.of());
            }
            long total = where.bind(em.createQuery("select count(s) from SessionEntity s" + where.where(), Long.class))
                    .getSingleResult();
            List<Session> items = where.bind(em.createQuery("select s from SessionEntity s" + where.where()
                            + " order by s.id desc", SessionEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(s -> view(s, locale)).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    /** Flags open sessions older than the configured time; scans outside a transaction, flags one by one. */
    public int flagLongStays() {
        Instant now = clock.now();
        Instant cutoff = now.minus(settings.flagAfter());
        List<Long> ids = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select s.id from SessionEntity s"
                        + " where s.exitedAt is null and s.flagged = :flagged and s.enteredAt < :cutoff", Long.class)
                .setParameter("flagged", false).setParameter("cutoff", cutoff).getResultList());
        int flagged = 0;
        for (Long id : ids) {
            Boolean done = jpa.txExpr(TransactionType.Required, em -> {
                SessionEntity s = em.find(SessionEntity.class, id);
                if (s == null || s.exitedAt != null || s.flagged) {
                    return false;
                }
                Session before = view(s, Locale.ENGLISH);
                s.flagged = true;
                s.flaggedAt = now;
                audit.record(new AuditEvent(Actor.SYSTEM.name(), LotService.CAPABILITY,
                        "session", String.valueOf(id), "flag", before, view(s, Locale.ENGLISH)));
                return true;
            });
            if (done) {
                flagged++;
                Map<String, Object> properties = Topics.properties(id, Actor.SYSTEM.name(), null, "FLAGGED");
                events.postEvent(new Event(Topics.of(LotService.CAPABILITY, "session", "FLAGGED"), properties));
            }
        }
        return flagged;
    }

    private void post(String what, Session session, Actor actor) {
        Map<String, Object> properties = Topics.properties(session.id(), actor.name(), null, what);
        properties.put("lotId", session.lotId());
        events.postEvent(new Event(Topics.of(LotService.CAPABILITY, "session", what), properties));
    }

    private static SessionEntity existing(EntityManager em, long id) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw ProblemException.notFound("Session", String.valueOf(id));
        }
        return s;
    }

    static Session view(SessionEntity s, Locale locale) {
        return new Session(s.id, s.lotId, s.plate, s.vehicleType, s.enteredAt, s.exitedAt, s.minutes, s.feeFen,
                s.feeReason, s.paymentStatus, Labels.of(locale, "payment." + s.paymentStatus), s.paymentMethod, s.paidAt,
                s.flagged, s.flaggedAt);
    }
}
