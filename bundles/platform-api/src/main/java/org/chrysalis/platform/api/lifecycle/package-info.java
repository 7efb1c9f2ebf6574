/** The table behind every capability's case lifecycle: which action leads where, and who may take it. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.lifecycle;
