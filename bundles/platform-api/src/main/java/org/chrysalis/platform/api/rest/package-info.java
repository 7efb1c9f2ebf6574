/** The JAX-RS setup every capability reuses: JSON, problem mapping, authentication, roles, size limits. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.chrysalis.platform.api.rest;
