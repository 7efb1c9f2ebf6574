/** Small JPA helpers every capability uses: Instant columns, JSON text, transactions retried on lock contention. */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.chrysalis.platform.api.persistence;
