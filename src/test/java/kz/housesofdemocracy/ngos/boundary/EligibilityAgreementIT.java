package kz.housesofdemocracy.ngos.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
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

    /**
     * Region by region over the demo's two regions (every NGO there, page by page): other tests add
     * NGOs elsewhere by the thousand (the import's 20,000), which would make the whole registry a
     * slow NGO-by-NGO check.
     */
    @Test
    void theQueryAndTheRulesCountTheSameNgosAsEligible() {
        long demoNgos = 0;
        for (String region : List.of("KZ-71", "KZ-75")) {
            List<NgoViews.Summary> all = new ArrayList<>();
            Ngos.Filter inRegion =
                    new Ngos.Filter(region, null, null, null, null, null, null, null, null);
            for (int first = 0; ; first += 200) {
                List<NgoViews.Summary> page = ngos.list(ADMIN, inRegion, first, 200, "id", true);
                all.addAll(page);
                if (page.size() < 200) {
                    break;
                }
            }
            demoNgos += all.size();
            long javaEligible = all.stream().filter(n -> ngos.isEligible(n.id())).count();
            Ngos.Filter eligible =
                    new Ngos.Filter(region, null, null, true, null, null, null, null, null);
            Ngos.Filter notEligible =
                    new Ngos.Filter(region, null, null, false, null, null, null, null, null);
            assertEquals(javaEligible, ngos.count(ADMIN, eligible), region);
            assertEquals(all.size() - javaEligible, ngos.count(ADMIN, notEligible), region);
            for (int first = 0; ; first += 200) {
                List<NgoViews.Summary> page = ngos.list(ADMIN, eligible, first, 200, "id", true);
                for (NgoViews.Summary ngo : page) {
                    assertTrue(
                            ngos.isEligible(ngo.id()),
                            "listed as eligible but the rules say no: " + ngo.id());
                }
                if (page.size() < 200) {
                    break;
                }
            }
            long counted =
                    ngos.counts().stream()
                            .filter(c -> region.equals(c.regionCode()))
                            .findFirst()
                            .orElseThrow()
                            .eligible();
            assertEquals(javaEligible, counted, region);
        }
        assertTrue(demoNgos >= 3, "the demo NGOs at least");
    }
}
