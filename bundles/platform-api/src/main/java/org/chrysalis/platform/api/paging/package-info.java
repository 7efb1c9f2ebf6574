/** Paged lists: offset, limit and total. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.paging;
