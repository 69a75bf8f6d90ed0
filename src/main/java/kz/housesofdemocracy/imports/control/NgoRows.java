package kz.housesofdemocracy.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.imports.entity.ImportField;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * Rows of the national NGO database's export. An NGO is matched by its BIN, or (without one) by its
 * Kazakh or Russian name in its region. A new NGO with a BIN enters the registry verified (the
 * export is the state's own register, and the importer is its region's approver or a national
 * administrator); one without a BIN enters unverified, as on the manual path of registration. An
 * update never changes identity or operating status, and a row equal to what is stored is UNCHANGED
 * and writes nothing.
 */
@ApplicationScoped
public class NgoRows implements RowKind {

    static final String FILING_REFERENCE = "REGISTRY";

    private static final List<ImportField> FIELDS =
            List.of(
                    ImportField.optional("bin", "БСН", "БИН", "BIN", "BIN/БИН", "ИИН/БИН"),
                    ImportField.required(
                            "name_kk",
                            "Атауы (қазақша)",
                            "Атауы қазақ тілінде",
                            "Наименование на казахском",
                            "Наименование (каз)",
                            "Name (Kazakh)",
                            "Name kk"),
                    ImportField.required(
                            "name_ru",
                            "Атауы (орысша)",
                            "Атауы орыс тілінде",
                            "Наименование на русском",
                            "Наименование (рус)",
                            "Наименование",
                            "Name (Russian)",
                            "Name ru"),
                    ImportField.optional(
                            "name_en",
                            "Атауы (ағылшынша)",
                            "Наименование на английском",
                            "Name (English)",
                            "Name"),
                    ImportField.required(
                            "legal_form",
                            "Ұйымдық-құқықтық нысаны",
                            "Организационно-правовая форма",
                            "ОПФ",
                            "Legal form"),
                    ImportField.optional(
                            "registered_on",
                            "Тіркелген күні",
                            "Дата регистрации",
                            "Registration date",
                            "Registered on"),
                    ImportField.required("region", "Өңір", "Облыс", "Регион", "Область", "Region"),
                    ImportField.required("address", "Мекенжайы", "Мекенжай", "Адрес", "Address"),
                    ImportField.required(
                            "email",
                            "Электрондық пошта",
                            "Эл. пошта",
                            "Электронная почта",
                            "E-mail",
                            "Email"),
                    ImportField.optional("phone", "Телефон", "Phone"),
                    ImportField.required(
                            "areas",
                            "Қызмет салалары",
                            "Қызмет бағыттары",
                            "Сферы деятельности",
                            "Направления деятельности",
                            "Areas",
                            "Areas of activity"),
                    ImportField.optional(
                            "languages", "Жұмыс тілдері", "Рабочие языки", "Languages"),
                    ImportField.optional(
                            "youth_led",
                            "Жастар ұйымы",
                            "Молодёжная организация",
                            "Молодежная организация",
                            "Youth-led"),
                    ImportField.optional(
                            "last_filing_year",
                            "Соңғы есеп жылы",
                            "Год последнего отчёта",
                            "Год последнего отчета",
                            "Last filing year"));

    @PersistenceContext private EntityManager em;
    @Inject private NgoReference reference;

    @Override
    public ImportKind kind() {
        return ImportKind.NGOS;
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public RowCheck check(ImportScope scope, Map<String, String> row, Set<String> keysSeen) {
        NgoRowParse.Result result = parser(scope).parse(row);
        if (result.refusal() != null) {
            return result.refusal();
        }
        NgoRowParse.Parsed parsed = result.parsed();
        Ngo.Registration r = parsed.registration();
        String summary = NgoRowParse.summary(row);
        String region = r.region().code();
        if (!AccessPolicy.may(scope.caller(), Action.IMPORT_NGOS, Scope.region(region))) {
            return RowCheck.refuse(summary, "import.refused.regionOutOfScope", region);
        }
        for (String key : parsed.keys()) {
            if (!keysSeen.add(key)) {
                return RowCheck.refuse(
                        summary,
                        "import.refused.duplicate",
                        key.substring(key.lastIndexOf(':') + 1));
            }
        }
        Optional<Ngo> stored = match(r);
        if (stored.isEmpty()) {
            return RowCheck.create(summary);
        }
        Ngo.Registration merged = merged(r, stored.get(), row);
        return same(stored.get(), merged) && filed(stored.get(), parsed.filingYear())
                ? RowCheck.unchanged(summary)
                : RowCheck.update(summary);
    }

    @Override
    public void apply(ImportScope scope, Map<String, String> row) {
        NgoRowParse.Parsed parsed = parser(scope).parse(row).parsed();
        Ngo.Registration r = parsed.registration();
        Ngo ngo = match(r).orElse(null);
        if (ngo == null) {
            ngo = new Ngo(r, scope.now());
            if (r.bin() != null) {
                ngo.decideIdentity(true, null);
            }
            em.persist(ngo);
        } else {
            ngo.takeFromRegistry(merged(r, ngo, row));
        }
        if (!filed(ngo, parsed.filingYear())) {
            int year = parsed.filingYear();
            LocalDate due = LocalDate.of(year + 1, 3, 31);
            LocalDate today = LocalDate.ofInstant(scope.now(), Clocks.KAZAKHSTAN);
            AnnualFiling filing =
                    new AnnualFiling(
                            ngo,
                            year,
                            due.isAfter(today) ? today : due,
                            FILING_REFERENCE,
                            null,
                            scope.now());
            filing.decide(true, null, scope.now());
            em.persist(filing);
        }
    }

    private NgoRowParse parser(ImportScope scope) {
        return new NgoRowParse(reference, LocalDate.ofInstant(scope.now(), Clocks.KAZAKHSTAN));
    }

    private Optional<Ngo> match(Ngo.Registration r) {
        if (r.bin() != null) {
            return em
                    .createQuery("SELECT n FROM Ngo n WHERE n.bin.digits = :bin", Ngo.class)
                    .setParameter("bin", r.bin().digits())
                    .getResultList()
                    .stream()
                    .findFirst();
        }
        return em
                .createQuery(
                        "SELECT n FROM Ngo n WHERE n.region.code = :region AND (LOWER(n.name.kk) ="
                                + " :kk OR LOWER(n.name.ru) = :ru) ORDER BY n.id",
                        Ngo.class)
                .setParameter("region", r.region().code())
                .setParameter("kk", r.name().getKk().toLowerCase(java.util.Locale.ROOT))
                .setParameter("ru", r.name().getRu().toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The row's values, with what the row leaves out taken from the stored NGO. */
    private static Ngo.Registration merged(
            Ngo.Registration r, Ngo stored, Map<String, String> row) {
        LocalizedText name =
                new LocalizedText(
                        r.name().getKk(),
                        r.name().getRu(),
                        row.containsKey("name_en") ? r.name().getEn() : stored.name().getEn());
        return new Ngo.Registration(
                name,
                r.bin(),
                r.legalForm(),
                r.region(),
                r.address(),
                row.containsKey("registered_on") ? r.registeredOn() : stored.registeredOn(),
                row.containsKey("youth_led") ? r.youthLed() : stored.youthLed(),
                r.contactEmail(),
                row.containsKey("phone") ? r.contactPhone() : stored.contactPhone(),
                r.areas(),
                row.containsKey("languages") ? r.languages() : stored.languages(),
                r.funding());
    }

    private static boolean same(Ngo n, Ngo.Registration r) {
        return n.name().equals(r.name())
                && (r.bin() == null || r.bin().equals(n.bin()))
                && n.legalForm() == r.legalForm()
                && n.region().equals(r.region())
                && n.address().equals(r.address().strip())
                && n.registeredOn().equals(r.registeredOn())
                && n.youthLed() == r.youthLed()
                && n.contactEmail().equals(r.contactEmail().strip())
                && Objects.equals(n.contactPhone(), blankToNull(r.contactPhone()))
                && codes(n.areas()).equals(codes(r.areas()))
                && n.languages().equals(r.languages());
    }

    private boolean filed(Ngo ngo, Integer year) {
        if (year == null) {
            return true;
        }
        if (ngo.id() == null) {
            return false;
        }
        return em.createQuery(
                                "SELECT COUNT(f) FROM AnnualFiling f WHERE f.ngo = :ngo AND"
                                        + " f.year = :year",
                                Long.class)
                        .setParameter("ngo", ngo)
                        .setParameter("year", year)
                        .getSingleResult()
                > 0;
    }

    private static Set<String> codes(Set<ActivityArea> areas) {
        return areas.stream().map(ActivityArea::code).collect(java.util.stream.Collectors.toSet());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
