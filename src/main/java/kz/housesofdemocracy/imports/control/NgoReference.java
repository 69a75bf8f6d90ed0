package kz.housesofdemocracy.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * The words a registry export uses for regions, areas, legal forms and languages, in any of the
 * three languages or as codes, each mapped to what it names. Regions and areas are reference data
 * from the migrations, never changed at run time, so their names are read once; the entities
 * themselves are found again in the caller's persistence context.
 */
@ApplicationScoped
public class NgoReference {

    @PersistenceContext private EntityManager em;

    private volatile Map<String, String> regionCodes;
    private volatile Map<String, String> areaCodes;
    private final Map<String, LegalForm> legalForms = words("ngo.legalForm.", LegalForm.values());
    private final Map<String, WorkingLanguage> languages =
            words("ngo.language.", WorkingLanguage.values());

    public Optional<Region> region(String text) {
        if (regionCodes == null) {
            Map<String, String> codes = new HashMap<>();
            for (Region r : em.createNamedQuery(Region.ALL, Region.class).getResultList()) {
                put(codes, r.code(), r.name(), r.code());
            }
            regionCodes = codes;
        }
        return Optional.ofNullable(regionCodes.get(HeaderMatch.normalise(text)))
                .map(code -> em.find(Region.class, code));
    }

    public Optional<ActivityArea> area(String text) {
        if (areaCodes == null) {
            Map<String, String> codes = new HashMap<>();
            for (ActivityArea a :
                    em.createNamedQuery(ActivityArea.ALL, ActivityArea.class).getResultList()) {
                put(codes, a.code(), a.name(), a.code());
            }
            areaCodes = codes;
        }
        return Optional.ofNullable(areaCodes.get(HeaderMatch.normalise(text)))
                .map(code -> em.find(ActivityArea.class, code));
    }

    public Optional<LegalForm> legalForm(String text) {
        return Optional.ofNullable(legalForms.get(HeaderMatch.normalise(text)));
    }

    public Optional<WorkingLanguage> language(String text) {
        return Optional.ofNullable(languages.get(HeaderMatch.normalise(text)));
    }

    private static void put(Map<String, String> codes, String code, LocalizedText name, String id) {
        codes.put(HeaderMatch.normalise(code), id);
        for (Language l : Language.values()) {
            String word = name.exactly(l);
            if (word != null && !word.isBlank()) {
                codes.putIfAbsent(HeaderMatch.normalise(word), id);
            }
        }
    }

    private static <E extends Enum<E>> Map<String, E> words(String prefix, E[] values) {
        Map<String, E> words = new HashMap<>();
        for (E value : values) {
            words.put(HeaderMatch.normalise(value.name()), value);
            for (Language l : Language.values()) {
                words.putIfAbsent(
                        HeaderMatch.normalise(Messages.get(l.locale(), prefix + value.name())),
                        value);
            }
        }
        return words;
    }
}
