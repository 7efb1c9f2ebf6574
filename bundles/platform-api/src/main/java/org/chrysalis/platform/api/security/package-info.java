/** The acting user, the platform's roles and authentication against Karaf's JAAS realm. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.security;
