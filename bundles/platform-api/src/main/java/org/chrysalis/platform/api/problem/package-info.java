/** RFC 9457 problem details, the error model of every REST endpoint. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.problem;
