/** The platform clock, which tests and drills can move forward. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.time;
