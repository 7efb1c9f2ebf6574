/** The Capability service each capability registers so the platform can list it and ask its health. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.capability;
