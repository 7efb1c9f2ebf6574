/** Checks of identifiers that several capabilities accept, such as the unified social credit code. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.validation;
