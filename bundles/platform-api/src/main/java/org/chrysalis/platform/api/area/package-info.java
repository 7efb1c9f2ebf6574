/** The district's area tree: new area, towns and streets, villages and communities. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.area;
