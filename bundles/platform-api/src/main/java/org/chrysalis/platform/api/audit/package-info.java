/** The audit trail: every write records who, when, what, before and after. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.audit;
