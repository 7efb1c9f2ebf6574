package org.chrysalis.platform.api.audit;

import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;

/** The platform's audit trail, shared by every capability. */
public interface AuditService {

    /** Records a write at the platform clock's time. Joins the caller's JTA transaction if any. */
    void record(AuditEvent event);

    /** Newest first. */
    Page<AuditEntry> find(AuditQuery query, PageRequest page);
}
