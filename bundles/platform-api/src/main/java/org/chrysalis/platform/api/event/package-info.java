/** EventAdmin topic names: chrysalis/&lt;capability&gt;/&lt;entity&gt;/&lt;EVENT&gt;. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.event;
