/**
 * The table behind every capability's case lifecycle: which action leads where, and who may take it,
 * and the refusal a capability answers with when an action is not allowed.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.chrysalis.platform.api.lifecycle;
