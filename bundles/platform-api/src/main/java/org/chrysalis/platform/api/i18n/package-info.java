/** Labels users read, in zh-CN (the default) and English. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chrysalis.platform.api.i18n;
