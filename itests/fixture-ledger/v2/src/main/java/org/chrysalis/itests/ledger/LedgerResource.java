package org.chrysalis.itests.ledger;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;

@Path("entries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class LedgerResource {

    private final JpaTemplate jpa;

    public LedgerResource(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @GET
    public List<Entry> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select e from EntryEntity e order by e.id", EntryEntity.class)
                .getResultList().stream().map(EntryEntity::view).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Entry entry) {
        validate(entry);
        Entry created = jpa.txExpr(TransactionType.Required, em -> {
            EntryEntity entity = new EntryEntity();
            entity.item = entry.item();
            entity.quantity = entry.quantity();
            entity.unitPrice = entry.unitPrice();
            entity.total = entry.quantity() * entry.unitPrice();
            em.persist(entity);
            em.flush();
            return entity.view();
        });
        return Response.status(201).entity(created).build();
    }

    /**
     * The ledger's columns and its applied change sets, read from Derby's catalogue: the upgrade
     * test checks with it that a failed migration left the schema as it was.
     */
    @GET
    @Path("schema")
    public Schema schema() {
        return jpa.txExpr(TransactionType.Supports, em -> new Schema(
                strings(em.createNativeQuery("select c.COLUMNNAME from SYS.SYSCOLUMNS c join SYS.SYSTABLES t"
                        + " on c.REFERENCEID = t.TABLEID where t.TABLENAME = 'LEDGER_ENTRY' order by c.COLUMNNUMBER")
                        .getResultList()),
                strings(em.createNativeQuery("select ID from DATABASECHANGELOG where ID like 'ledger-%'"
                        + " order by ORDEREXECUTED").getResultList())));
    }

    public record Schema(List<String> columns, List<String> changeSets) {
    }

    private static List<String> strings(List<?> values) {
        return values.stream().map(String::valueOf).toList();
    }

    static void validate(Entry entry) {
        if (entry == null) {
            throw ProblemException.badRequest("An entry is required.");
        }
        new FieldErrors().required("item", entry.item()).maxLength("item", entry.item(), 100)
                .required("quantity", entry.quantity()).required("unitPrice", entry.unitPrice())
                .check(entry.quantity() == null || entry.quantity() > 0, "quantity", "must be positive")
                .check(entry.unitPrice() == null || entry.unitPrice() >= 0, "unitPrice", "must not be negative")
                .throwIfAny();
    }
}
