/** Case hand-off between capabilities, registered with the service property capability=&lt;id&gt;. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.handoff;
