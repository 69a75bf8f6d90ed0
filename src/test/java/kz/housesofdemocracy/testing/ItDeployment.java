package kz.housesofdemocracy.testing;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration and browser test shares: the WAR the build made, plus the
 * test classes, deployed once per run under its own name (so it never clashes with the run
 * command's ROOT.war).
 */
@ArquillianSuiteDeployment
public class ItDeployment {

    public static final String NAME = "hod-it";

    @Deployment(name = NAME, testable = true)
    public static WebArchive deployment() {
        WebArchive war =
                ShrinkWrap.create(ZipImporter.class, NAME + ".war")
                        .importFrom(new File(System.getProperty("it.war")))
                        .as(WebArchive.class);
        GenericArchive testClasses =
                ShrinkWrap.create(GenericArchive.class)
                        .as(ExplodedImporter.class)
                        .importDirectory(System.getProperty("it.test.classes"))
                        .as(GenericArchive.class);
        war.merge(testClasses, "/WEB-INF/classes");
        war.addAsWebResource(new File("src/test/webapp/it/fail.xhtml"), "it/fail.xhtml");
        return war;
    }
}
