package org.chrysalis.grid.service;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.grid.persistence.ApiKeyEntity;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;

/** Open311 API keys, managed by administrators. */
public class ApiKeyService {

    public record ApiKey(String key, String name) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final PlatformClock clock;

    public ApiKeyService(JpaTemplate jpa, AuditService audit, PlatformClock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isValid(String key) {
        return key != null && !key.isBlank()
                && jpa.txExpr(TransactionType.Supports, em -> em.find(ApiKeyEntity.class, key) != null);
    }

    public List<ApiKey> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select k from ApiKeyEntity k order by k.name", ApiKeyEntity.class).getResultList()
                .stream().map(k -> new ApiKey(k.key, k.name)).toList());
    }

    /** A new key for a client; the key itself is generated unless given (demo data). */
    public ApiKey create(String name, String key, Actor actor) {
        new FieldErrors().required("name", name).maxLength("name", name, 200).throwIfAny();
        String value = key != null ? key : HexFormat.of().formatHex(bytes());
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(ApiKeyEntity.class, value) != null) {
                throw ProblemException.conflict("This API key exists already.");
            }
            ApiKeyEntity entity = new ApiKeyEntity();
            entity.key = value;
            entity.name = name;
            entity.createdAt = clock.now();
            em.persist(entity);
            audit.record(new AuditEvent(actor.name(), CatalogueService.CAPABILITY, "open311-key", name, "create", null,
                    java.util.Map.of("name", name)));
            return new ApiKey(value, name);
        });
    }

    public void delete(String key, Actor actor) {
        jpa.tx(TransactionType.Required, em -> {
            ApiKeyEntity entity = em.find(ApiKeyEntity.class, key);
            if (entity == null) {
                throw ProblemException.notFound("API key", "…");
            }
            em.remove(entity);
            audit.record(new AuditEvent(actor.name(), CatalogueService.CAPABILITY, "open311-key", entity.name, "delete",
                    java.util.Map.of("name", entity.name), null));
        });
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
