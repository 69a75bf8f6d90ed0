package kz.housesofdemocracy.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.housesofdemocracy.imports.entity.ImportField;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.OpenTimeChanged;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.PremisesCommitments;
import kz.housesofdemocracy.premises.control.PremisesInput;
import kz.housesofdemocracy.premises.control.PremisesInput.OfficeInput;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;

/**
 * A House's list of offices: each row an office of the importing House, matched by its number or
 * name (in any language both have), checked by the office form's rules ({@link PremisesInput}). A
 * number stands for the name in every language the row leaves blank. An office imported without a
 * first day has been available since its House opened.
 */
@ApplicationScoped
public class OfficeRows implements RowKind {

    static final String NUMBER = "officeNumber";
    static final String NAME_KK = "officeNameKk";
    static final String NAME_RU = "officeNameRu";
    static final String NAME_EN = "officeNameEn";
    static final String AREA = "officeArea";
    static final String FLOOR = "officeFloor";
    static final String RENT = "officeMonthlyRent";
    static final String AVAILABLE_FROM = "officeAvailableFrom";

    /** The floor of an office imported without one. */
    static final int FIRST_FLOOR = 1;

    private static final List<ImportField> FIELDS =
            List.of(
                    ImportField.optional(
                            NUMBER, "number", "no", "№", "нөмірі", "номер", "кабинет", "office"),
                    ImportField.optional(NAME_KK, "name_kk", "атауы", "атауы (қаз)", "name (kk)"),
                    ImportField.optional(
                            NAME_RU, "name_ru", "название", "наименование", "name (ru)"),
                    ImportField.optional(NAME_EN, "name_en", "name", "name (en)"),
                    ImportField.required(
                            AREA, "area", "area_m2", "area, m²", "m2", "м²", "ауданы", "площадь"),
                    ImportField.optional(FLOOR, "floor", "қабат", "этаж"),
                    ImportField.required(
                            RENT,
                            "monthly_rent",
                            "monthly rent",
                            "rent",
                            "айлық жалдау ақысы",
                            "жалдау ақысы",
                            "аренда",
                            "арендная плата"),
                    ImportField.optional(
                            AVAILABLE_FROM,
                            "available_from",
                            "available from",
                            "бос болатын күні",
                            "қолжетімді",
                            "доступен с"));

    private static final List<String> FORM_FIELDS =
            List.of("name_kk", "name_ru", "name_en", "areaSquareMetres", "floor", "monthlyRentKzt");

    @PersistenceContext private EntityManager em;
    @Inject private PremisesCommitments commitments;
    @Inject private Event<OpenTimeChanged> openTimeChanged;

    @Override
    public ImportKind kind() {
        return ImportKind.OFFICES;
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public RowCheck check(ImportScope scope, Map<String, String> row, Set<String> keysSeen) {
        return PlaceRows.check(em, scope, names(row), keysSeen, kind(row));
    }

    @Override
    public void apply(ImportScope scope, Map<String, String> row) {
        PlaceRows.apply(em, scope, names(row), kind(row));
    }

    /** Offices as their rows see them; the last step reads the row's values. */
    private PlaceRows.Kind<Office> kind(Map<String, String> row) {
        return new PlaceRows.Kind<>(
                "office",
                Office.class,
                Office::name,
                Office::isActive,
                (house, existing, names, summary) -> {
                    OfficeInput values = checked(form(row, names, existing, house), row);
                    return existing == null
                            ? create(house, values, summary)
                            : update(existing, values, summary);
                });
    }

    /** The active office of a House whose name in any language is this text (or none). */
    static Office named(EntityManager em, House house, String text) {
        TextsForm names = new TextsForm(text, text, text);
        return PlaceRows.places(em, house, Office.class).stream()
                .filter(o -> o.isActive() && PlaceRows.sameName(names, o.name()))
                .findFirst()
                .orElse(null);
    }

    private PlaceRows.Plan create(House house, OfficeInput values, String summary) {
        Office office = values.newOffice(house);
        return new PlaceRows.Plan(
                RowCheck.create(summary),
                () -> {
                    em.persist(office);
                    em.flush();
                    openTimeChanged.fire(OpenTimeChanged.ofHouse(house.id(), null, null));
                });
    }

    private PlaceRows.Plan update(Office office, OfficeInput values, String summary) {
        boolean lifeChanged = !values.availableFrom().equals(office.availableFrom());
        if (!lifeChanged
                && office.name().equals(values.name())
                && office.areaSquareMetres().compareTo(values.area()) == 0
                && office.floor() == values.floor()
                && office.monthlyRent().amount().compareTo(values.rent().amount()) == 0) {
            return new PlaceRows.Plan(RowCheck.unchanged(summary), null);
        }
        if (lifeChanged) {
            House house = office.house();
            try {
                commitments.refuseOutsideLife(
                        office,
                        values.availableFrom().atStartOfDay(house.timeZone()).toInstant(),
                        null);
            } catch (Refusal committed) {
                throw new PlaceRows.Wrong(
                        "import.refused.officeCommitted",
                        PlaceRows.args(committed.fields().get(0).arguments()));
            }
        }
        return new PlaceRows.Plan(
                RowCheck.update(summary),
                () -> {
                    values.applyTo(office);
                    if (lifeChanged) {
                        openTimeChanged.fire(
                                OpenTimeChanged.ofHouse(office.house().id(), null, null));
                    }
                });
    }

    /** The row's names; its number stands for the name in each language left blank. */
    private static TextsForm names(Map<String, String> row) {
        String number = PlaceRows.text(row, NUMBER);
        TextsForm names = PlaceRows.names(row, NAME_KK, NAME_RU, NAME_EN);
        if (number == null) {
            return names;
        }
        return names == null
                ? new TextsForm(number, number, number)
                : new TextsForm(
                        Objects.requireNonNullElse(names.getKk(), number),
                        Objects.requireNonNullElse(names.getRu(), number),
                        Objects.requireNonNullElse(names.getEn(), number));
    }

    private static OfficeForm form(
            Map<String, String> row, TextsForm names, Office existing, House house) {
        BigDecimal area = PlaceRows.number(row, AREA, "import.refused.officeArea");
        Integer floor = PlaceRows.whole(row, FLOOR, "import.refused.officeFloor");
        BigDecimal rent = PlaceRows.number(row, RENT, "import.refused.officeRent");
        LocalDate from = PlaceRows.date(row, AVAILABLE_FROM, "import.refused.officeAvailableFrom");
        if (existing == null) {
            return new OfficeForm(
                    names,
                    area,
                    floor != null ? floor : FIRST_FLOOR,
                    rent,
                    from != null ? from : house.openedOn());
        }
        return new OfficeForm(
                PlaceRows.over(names, existing.name()),
                area != null ? area : existing.areaSquareMetres(),
                floor != null ? floor : existing.floor(),
                rent != null ? rent : existing.monthlyRent().amount(),
                from != null ? from : existing.availableFrom());
    }

    private static OfficeInput checked(OfficeForm form, Map<String, String> row) {
        InputCheck check = InputCheck.start();
        OfficeInput values = PremisesInput.office(check, form);
        try {
            check.orRefuse();
            return values;
        } catch (Refusal refused) {
            Refusal.FieldProblem problem = PlaceRows.problemOf(refused, FORM_FIELDS).orElseThrow();
            throw switch (problem.field()) {
                case "areaSquareMetres" ->
                        new PlaceRows.Wrong("import.refused.officeArea", orDash(row, AREA));
                case "floor" ->
                        new PlaceRows.Wrong("import.refused.officeFloor", orDash(row, FLOOR));
                case "monthlyRentKzt" ->
                        new PlaceRows.Wrong("import.refused.officeRent", orDash(row, RENT));
                default -> new PlaceRows.Wrong("import.refused.officeName");
            };
        }
    }

    private static String orDash(Map<String, String> row, String key) {
        return Objects.requireNonNullElse(PlaceRows.text(row, key), "—");
    }

    /** A row as the office form the pages and REST bind to. */
    private record OfficeForm(
            TextsForm name, BigDecimal area, Integer floor, BigDecimal rent, LocalDate from)
            implements PremisesInput.OfficeFields {

        @Override
        public TextsForm getName() {
            return name;
        }

        @Override
        public BigDecimal getAreaSquareMetres() {
            return area;
        }

        @Override
        public Integer getFloor() {
            return floor;
        }

        @Override
        public BigDecimal getMonthlyRentKzt() {
            return rent;
        }

        @Override
        public LocalDate getAvailableFrom() {
            return from;
        }

        @Override
        public LocalDate getClosedOn() {
            return null;
        }
    }
}
