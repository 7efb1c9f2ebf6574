/** Small JPA helpers every capability's persistence unit may list: Instant columns, JSON text. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.chrysalis.platform.api.persistence;
