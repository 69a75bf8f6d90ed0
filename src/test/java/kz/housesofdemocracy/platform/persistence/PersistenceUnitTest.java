package kz.housesofdemocracy.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink cannot scan WildFly's vfs: URLs, so persistence.xml lists every managed class; a
 * class left out fails only at the first query. This keeps the list and the code in step.
 */
class PersistenceUnitTest {

    @Test
    void everyEntityAndEmbeddableIsListed() throws Exception {
        assertEquals(annotatedClasses(), listedClasses());
    }

    private static Set<String> listedClasses() throws IOException {
        Set<String> listed = new TreeSet<>();
        try (InputStream in =
                PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            Matcher m =
                    Pattern.compile("<class>([^<]+)</class>")
                            .matcher(new String(in.readAllBytes(), "UTF-8"));
            while (m.find()) {
                listed.add(m.group(1).strip());
            }
        }
        return listed;
    }

    private static Set<String> annotatedClasses() throws IOException, URISyntaxException {
        Path root =
                Path.of(
                        DatabaseMigration.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString())
                    .map(name -> name.substring(0, name.length() - 6).replace('/', '.'))
                    .filter(name -> !name.contains("$"))
                    .forEach(
                            name -> {
                                Class<?> type = load(name);
                                if (type.isAnnotationPresent(Entity.class)
                                        || type.isAnnotationPresent(Embeddable.class)
                                        || type.isAnnotationPresent(Converter.class)) {
                                    found.add(name);
                                }
                            });
        }
        return found;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PersistenceUnitTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
