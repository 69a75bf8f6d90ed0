package kz.housesofdemocracy.ngos.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.i18n.Language;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside WildFly: the SQL form of the eligibility rules agrees with the Java form, NGO by NGO. */
@ExtendWith(ArquillianExtension.class)
class EligibilityAgreementIT {

    @Inject private Ngos ngos;

    private static final Caller ADMIN =
            new Caller(
                    0,
                    "test@example.kz",
                    "test",
                    Language.EN,
                    List.of(new Caller.Grant(Role.NATIONAL_ADMIN, null, null)));

    @Test
    void theQueryAndTheRulesCountTheSameNgosAsEligible() {
        List<NgoViews.Summary> all = ngos.list(ADMIN, Ngos.Filter.none(), 0, 200, "id", true);
        assertTrue(all.size() >= 3, "the demo NGOs at least");
        long javaEligible = all.stream().filter(n -> ngos.isEligible(n.id())).count();
        Ngos.Filter eligible =
                new Ngos.Filter(null, null, null, true, null, null, null, null, null);
        Ngos.Filter notEligible =
                new Ngos.Filter(null, null, null, false, null, null, null, null, null);
        assertEquals(javaEligible, ngos.count(ADMIN, eligible));
        assertEquals(all.size() - javaEligible, ngos.count(ADMIN, notEligible));
        for (NgoViews.Summary ngo : ngos.list(ADMIN, eligible, 0, 200, "id", true)) {
            assertTrue(
                    ngos.isEligible(ngo.id()),
                    "listed as eligible but the rules say no: " + ngo.id());
        }
        long counted = ngos.counts().get(20).eligible();
        long notLiquidatedEligible = all.stream().filter(n -> ngos.isEligible(n.id())).count();
        assertEquals(notLiquidatedEligible, counted);
    }
}
