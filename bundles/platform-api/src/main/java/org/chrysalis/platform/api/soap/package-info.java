/** The JAX-WS setup every capability reuses: authentication, roles and faults with a code. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.soap;
