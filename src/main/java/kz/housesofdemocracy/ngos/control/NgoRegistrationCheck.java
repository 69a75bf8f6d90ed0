package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.Bin;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextChecks;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * Checks a registration form field by field (a BIN with its check digit, or the date of
 * registration on the manual path) and turns it into what registering records. A BIN is registered
 * once.
 */
@ApplicationScoped
public class NgoRegistrationCheck {

    @PersistenceContext private EntityManager em;
    @Inject private NgoQueries queries;
    @Inject private Clock clock;

    /**
     * The checked registration; refuses (400) with every problem found, or (409) when the BIN is
     * taken.
     */
    public Ngo.Registration check(NgoForm form) {
        LocalDate today = Clocks.today(clock);
        InputCheck check = InputCheck.start();
        TextsForm name = form.getName() == null ? new TextsForm() : form.getName();
        LocalizedText n =
                TextChecks.texts(check, "name", name.getKk(), name.getRu(), name.getEn(), 300);
        Bin bin = form.isNoBin() ? null : bin(check, form.getBin(), today);
        LocalDate registeredOn =
                form.isNoBin()
                        ? registeredOn(check, form.getRegisteredOn(), today)
                        : bin == null ? null : bin.registered(today).atDay(1);
        LegalForm legalForm = parse(check, "legalForm", LegalForm.class, form.getLegalForm());
        Region region =
                form.getRegionCode() == null ? null : em.find(Region.class, form.getRegionCode());
        check.when(region == null, "regionCode", "validation.region.required");
        check.text("address", form.getAddress(), 300);
        Set<ActivityArea> areas = areas(check, form.getAreas());
        Set<WorkingLanguage> languages =
                parseAll(check, "languages", WorkingLanguage.class, form.getLanguages());
        check.when(languages.isEmpty(), "languages", "validation.ngo.languages");
        Set<FundingSource> funding =
                parseAll(check, "funding", FundingSource.class, form.getFunding());
        check.when(funding.isEmpty(), "funding", "validation.ngo.funding");
        check.email("contactEmail", form.getContactEmail());
        check.optionalText("contactPhone", form.getContactPhone(), 30);
        check.orRefuse();
        if (bin != null) {
            queries.withBin(bin)
                    .ifPresent(
                            existing -> {
                                throw Refusal.conflict(
                                        "duplicate-bin", "refusal.ngo.duplicateBin", existing);
                            });
        }
        return new Ngo.Registration(
                n,
                bin,
                legalForm,
                region,
                form.getAddress(),
                registeredOn,
                form.isYouthLed(),
                form.getContactEmail(),
                form.getContactPhone(),
                areas,
                languages,
                funding);
    }

    private static Bin bin(InputCheck check, String text, LocalDate today) {
        var problem = Bin.problem(text, today);
        check.rule("bin", problem);
        return problem.isEmpty() ? Bin.of(text, today) : null;
    }

    /** The manual path: a date of registration since independence, not in the future. */
    private static LocalDate registeredOn(InputCheck check, LocalDate date, LocalDate today) {
        if (date == null || date.isAfter(today) || date.getYear() < 1991) {
            check.problem("registeredOn", "validation.ngo.registeredOn");
            return null;
        }
        return date;
    }

    private Set<ActivityArea> areas(InputCheck check, List<String> codes) {
        Set<ActivityArea> areas = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            ActivityArea area = code == null ? null : em.find(ActivityArea.class, code);
            check.when(area == null, "areas", "validation.ngo.area", code);
            if (area != null) {
                areas.add(area);
            }
        }
        check.when(areas.isEmpty(), "areas", "validation.ngo.areas");
        return areas;
    }

    private static <E extends Enum<E>> E parse(
            InputCheck check, String field, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException wrong) {
            check.problem(field, "validation.choice");
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> parseAll(
            InputCheck check, String field, Class<E> type, List<String> values) {
        Set<E> parsed = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            E e = parse(check, field, type, value);
            if (e != null) {
                parsed.add(e);
            }
        }
        return parsed;
    }
}
