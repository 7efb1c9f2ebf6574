/** Reading a capability's configuration (PID {@code org.chrysalis.<capability>}). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.config;
