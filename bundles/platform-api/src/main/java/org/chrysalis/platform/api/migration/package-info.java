/** Versioned schema migrations that each bundle keeps with itself. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.migration;
