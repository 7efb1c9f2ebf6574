package org.chrysalis.itests.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.persistence.EntityManagerFactory;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The persistence units that the distribution's own bundles declare ({@code Meta-Persistence}),
 * read from the jars in its {@code system/} folder, so a new capability's unit is found without
 * editing the test. Each can be opened on EclipseLink against the distribution's database (once
 * Karaf has stopped: embedded Derby admits one JVM at a time).
 */
final class PersistenceUnits {

    record Unit(String name, Path jar, List<String> classNames) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final URLClassLoader loader;

    private PersistenceUnits(List<Path> jars) {
        URL[] urls = jars.stream().map(PersistenceUnits::url).toArray(URL[]::new);
        // javax.persistence and EclipseLink come from the test's class path, so the annotations match
        this.loader = new URLClassLoader(urls, PersistenceUnits.class.getClassLoader());
    }

    /** Every unit of every Chrysalis bundle in {@code <karaf>/system}. */
    static PersistenceUnits of(Path karafHome) {
        List<Path> jars;
        try (Stream<Path> files = Files.walk(karafHome.resolve("system/org/chrysalis"))) {
            jars = files.filter(f -> f.toString().endsWith(".jar"))
                    // the repackaged javax.persistence would shadow the test's own copy
                    .filter(f -> !f.getFileName().toString().startsWith("chrysalis-jpa-api")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PersistenceUnits all = new PersistenceUnits(jars);
        for (Path jar : jars) {
            all.read(jar);
        }
        return all;
    }

    private void read(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String header = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Meta-Persistence");
            if (header == null) {
                return;
            }
            String path = header.isBlank() ? "META-INF/persistence.xml" : header.split(",")[0].trim();
            try (InputStream xml = file.getInputStream(file.getEntry(path))) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setNamespaceAware(true);
                Document document = factory.newDocumentBuilder().parse(xml);
                NodeList found = document.getElementsByTagNameNS("*", "persistence-unit");
                for (int i = 0; i < found.getLength(); i++) {
                    Element unit = (Element) found.item(i);
                    List<String> classes = new ArrayList<>();
                    NodeList names = unit.getElementsByTagNameNS("*", "class");
                    for (int j = 0; j < names.getLength(); j++) {
                        classes.add(names.item(j).getTextContent().trim());
                    }
                    units.add(new Unit(unit.getAttribute("name"), jar, classes));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("reading the persistence unit of " + jar, e);
        }
    }

    List<Unit> units() {
        return units;
    }

    Class<?> load(String className) {
        try {
            return loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unit on EclipseLink, resource-local, on the Derby database at {@code jdbcUrl}; nothing is generated. */
    EntityManagerFactory open(Unit unit, String jdbcUrl) {
        Properties properties = new Properties();
        properties.putAll(Map.of(
                "javax.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver",
                "javax.persistence.jdbc.url", jdbcUrl,
                "eclipselink.target-database", "Derby",
                "eclipselink.ddl-generation", "none",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "SEVERE"));
        PersistenceUnitInfo info = (PersistenceUnitInfo) Proxy.newProxyInstance(PersistenceUnits.class.getClassLoader(),
                new Class<?>[] {PersistenceUnitInfo.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPersistenceUnitName" -> unit.name();
                    case "getPersistenceProviderClassName" -> PersistenceProvider.class.getName();
                    case "getTransactionType" -> PersistenceUnitTransactionType.RESOURCE_LOCAL;
                    case "getManagedClassNames" -> unit.classNames();
                    case "getMappingFileNames", "getJarFileUrls" -> List.of();
                    case "getPersistenceUnitRootUrl" -> url(unit.jar());
                    case "excludeUnlistedClasses" -> true;
                    case "getSharedCacheMode" -> SharedCacheMode.UNSPECIFIED;
                    case "getValidationMode" -> ValidationMode.NONE;
                    case "getProperties" -> properties;
                    case "getPersistenceXMLSchemaVersion" -> "2.2";
                    case "getClassLoader", "getNewTempClassLoader" -> loader;
                    case "toString" -> "unit " + unit.name();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null; // data sources (none: JDBC properties), addTransformer (no weaving)
                });
        return new PersistenceProvider().createContainerEntityManagerFactory(info, properties);
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
