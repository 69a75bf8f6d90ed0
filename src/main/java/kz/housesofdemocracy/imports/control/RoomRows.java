package kz.housesofdemocracy.imports.control;

import static kz.housesofdemocracy.imports.control.PlaceRows.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.housesofdemocracy.imports.entity.ImportField;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.OpenTimeChanged;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.PremisesCommitments;
import kz.housesofdemocracy.premises.control.PremisesInput;
import kz.housesofdemocracy.premises.control.PremisesInput.RoomInput;
import kz.housesofdemocracy.premises.entity.BookingRules;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;

/**
 * A House's list of rooms: each row a room of the importing House, matched by its name (in any
 * language both have); checked by the same rules as the room form ({@link PremisesInput}, {@link
 * Room#live}). A row that leaves an optional value blank keeps the room's own on update.
 */
@ApplicationScoped
public class RoomRows implements RowKind {

    static final String NAME_KK = "roomNameKk";
    static final String NAME_RU = "roomNameRu";
    static final String NAME_EN = "roomNameEn";
    static final String KIND = "roomKind";
    static final String CAPACITY = "roomCapacity";
    static final String RATE = "roomHourlyRate";
    static final String STEP_FREE = "roomStepFree";
    static final String NEEDS_APPROVAL = "roomNeedsApproval";
    static final String OPENED_ON = "roomOpenedOn";

    private static final List<ImportField> FIELDS =
            List.of(
                    ImportField.optional(
                            NAME_KK, "name_kk", "атауы", "атауы (қаз)", "атауы қаз", "name (kk)"),
                    ImportField.optional(
                            NAME_RU,
                            "name_ru",
                            "название",
                            "наименование",
                            "название (рус)",
                            "атауы (орыс)",
                            "name (ru)"),
                    ImportField.optional(
                            NAME_EN,
                            "name_en",
                            "name",
                            "name (en)",
                            "атауы (ағыл)",
                            "название (англ)"),
                    ImportField.required(KIND, "kind", "type", "түрі", "тип", "вид"),
                    ImportField.required(
                            CAPACITY,
                            "capacity",
                            "seats",
                            "сыйымдылығы",
                            "орын саны",
                            "вместимость",
                            "мест"),
                    ImportField.required(
                            RATE,
                            "hourly_rate",
                            "hourly rate",
                            "rate",
                            "сағаттық баға",
                            "бағасы",
                            "ставка",
                            "цена за час",
                            "стоимость часа"),
                    ImportField.optional(
                            STEP_FREE,
                            "step_free",
                            "step-free",
                            "кедергісіз",
                            "пандус",
                            "доступная среда"),
                    ImportField.optional(
                            NEEDS_APPROVAL,
                            "needs_approval",
                            "approval",
                            "келісім қажет",
                            "нужно одобрение",
                            "требует одобрения"),
                    ImportField.optional(
                            OPENED_ON,
                            "opened_on",
                            "opened",
                            "ашылған күні",
                            "дата открытия",
                            "открыт с"));

    /** The form's fields in the order a row's reason is chosen from. */
    private static final List<String> FORM_FIELDS =
            List.of("name_kk", "name_ru", "name_en", "kind", "capacity", "hourlyRateKzt");

    @PersistenceContext private EntityManager em;
    @Inject private PremisesInput input;
    @Inject private PremisesCommitments commitments;
    @Inject private Event<OpenTimeChanged> openTimeChanged;

    @Override
    public ImportKind kind() {
        return ImportKind.ROOMS;
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public RowCheck check(ImportScope scope, Map<String, String> row, Set<String> keysSeen) {
        return PlaceRows.check(em, scope, names(row), keysSeen, kind(scope, row));
    }

    @Override
    public void apply(ImportScope scope, Map<String, String> row) {
        PlaceRows.apply(em, scope, names(row), kind(scope, row));
    }

    private static TextsForm names(Map<String, String> row) {
        return PlaceRows.names(row, NAME_KK, NAME_RU, NAME_EN);
    }

    /** Rooms as their rows see them; the last step reads the row's values and opening day. */
    private PlaceRows.Kind<Room> kind(ImportScope scope, Map<String, String> row) {
        return new PlaceRows.Kind<>(
                "room",
                Room.class,
                Room::name,
                Room::isActive,
                (house, existing, names, summary) -> {
                    RoomInput values = checked(form(row, names, existing), row);
                    LocalDate opens = PlaceRows.date(row, OPENED_ON, "import.refused.roomOpenedOn");
                    return existing == null
                            ? create(scope, house, values, opens, summary)
                            : update(scope, existing, values, opens, summary);
                });
    }

    private PlaceRows.Plan create(
            ImportScope scope, House house, RoomInput values, LocalDate opens, String summary) {
        Room room = values.newRoom(house);
        live(room, opens == null ? house.openedOn() : opens, scope);
        return new PlaceRows.Plan(
                RowCheck.create(summary),
                () -> {
                    em.persist(room);
                    em.flush();
                    openTimeChanged.fire(OpenTimeChanged.ofHouse(house.id(), null, null));
                });
    }

    private PlaceRows.Plan update(
            ImportScope scope, Room room, RoomInput values, LocalDate opens, String summary) {
        boolean lifeChanged = opens != null && !opens.equals(room.openedOn());
        if (same(room, values) && !lifeChanged) {
            return new PlaceRows.Plan(RowCheck.unchanged(summary), null);
        }
        if (lifeChanged) {
            House house = room.house();
            LocalDate counts = opens.isBefore(house.openedOn()) ? house.openedOn() : opens;
            try {
                commitments.refuseOutsideLife(
                        room, counts.atStartOfDay(house.timeZone()).toInstant(), null);
            } catch (Refusal committed) {
                throw new PlaceRows.Wrong(
                        "import.refused.roomCommitted",
                        PlaceRows.args(committed.fields().get(0).arguments()));
            }
            if (opens.isBefore(house.openedOn())) {
                throw new PlaceRows.Wrong(
                        "import.refused.roomBeforeHouse", house.openedOn().toString());
            }
        }
        return new PlaceRows.Plan(
                RowCheck.update(summary),
                () -> {
                    values.applyTo(room);
                    if (lifeChanged) {
                        room.live(opens, room.closedOn(), scope.now());
                        openTimeChanged.fire(
                                OpenTimeChanged.ofHouse(room.house().id(), null, null));
                    }
                });
    }

    /** The room's opening day, refused (by the room itself) before its House's. */
    private static void live(Room room, LocalDate opens, ImportScope scope) {
        try {
            room.live(opens, null, scope.now());
        } catch (Refusal early) {
            throw new PlaceRows.Wrong(
                    "import.refused.roomBeforeHouse", room.house().openedOn().toString());
        }
    }

    private static boolean same(Room room, RoomInput values) {
        return room.kind() == values.kind()
                && room.name().equals(values.name())
                && room.capacity().equals(values.capacity())
                && room.hourlyRate().amount().compareTo(values.rate().amount()) == 0
                && room.stepFree() == values.stepFree()
                && room.needsApproval() == values.needsApproval();
    }

    /** The room of the House (in the database, rows written before this one too) of that name. */
    /** The values of the room form: the row's, else the room's own, else the form's defaults. */
    private static RoomRowsForm form(Map<String, String> row, TextsForm names, Room existing) {
        Integer capacity = PlaceRows.whole(row, CAPACITY, "import.refused.roomCapacity");
        BigDecimal rate = PlaceRows.number(row, RATE, "import.refused.roomRate");
        Boolean stepFree = PlaceRows.yesNo(row, STEP_FREE, "import.refused.roomYesNo");
        Boolean approval = PlaceRows.yesNo(row, NEEDS_APPROVAL, "import.refused.roomYesNo");
        String kind = kindCode(text(row, KIND));
        if (existing == null) {
            return new RoomRowsForm(
                    kind,
                    names,
                    capacity,
                    rate,
                    stepFree != null && stepFree,
                    approval != null ? approval : RoomKind.HALL.name().equals(kind),
                    BookingRules.DEFAULT,
                    List.of());
        }
        return new RoomRowsForm(
                kind != null ? kind : existing.kind().name(),
                PlaceRows.over(names, existing.name()),
                capacity != null ? capacity : existing.capacity().people(),
                rate != null ? rate : existing.hourlyRate().amount(),
                stepFree != null ? stepFree : existing.stepFree(),
                approval != null ? approval : existing.needsApproval(),
                existing.rules(),
                existing.equipment().stream().map(e -> e.code()).toList());
    }

    /** The form checked by the room form's own rules; its first problem is the row's reason. */
    private RoomInput checked(RoomRowsForm form, Map<String, String> row) {
        InputCheck check = InputCheck.start();
        RoomInput values = input.room(check, form);
        try {
            check.orRefuse();
            return values;
        } catch (Refusal refused) {
            Refusal.FieldProblem problem = PlaceRows.problemOf(refused, FORM_FIELDS).orElseThrow();
            throw switch (problem.field()) {
                case "kind" -> new PlaceRows.Wrong("import.refused.roomKind", orDash(row, KIND));
                case "capacity" ->
                        new PlaceRows.Wrong("import.refused.roomCapacity", orDash(row, CAPACITY));
                case "hourlyRateKzt" ->
                        new PlaceRows.Wrong("import.refused.roomRate", orDash(row, RATE));
                default -> new PlaceRows.Wrong("import.refused.roomName");
            };
        }
    }

    private static String orDash(Map<String, String> row, String key) {
        return Objects.requireNonNullElse(text(row, key), "—");
    }

    /**
     * A kind as its code (HALL, "meeting room") or its name in any of our languages ("Зал",
     * "Мәжіліс бөлмесі"); anything else is passed on for the form to refuse.
     */
    static String kindCode(String text) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (RoomKind kind : RoomKind.values()) {
            if (kind.name().equals(code)) {
                return kind.name();
            }
            for (Language language : Language.values()) {
                String name = Messages.get(language.locale(), "room.kind." + kind.name());
                if (PlaceRows.normal(name).equals(PlaceRows.normal(text))) {
                    return kind.name();
                }
            }
        }
        return text;
    }
}
