package kz.housesofdemocracy.demo;

import java.util.List;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.i18n.Language;

/**
 * The demo run's people, one per role, and its switch ({@code -Dhod.demo=true} or {@code country}).
 */
public final class DemoPeople {

    private DemoPeople() {}

    public static final String SWITCH = "hod.demo";
    public static final String PASSWORD = "Demo-House-2026";
    public static final String DOMAIN = "@demo.houses-of-democracy.kz";

    /** One demo person: e-mail local part, name, language, role, House id or region code. */
    public record Person(
            String login,
            String name,
            Language language,
            Role role,
            Long houseId,
            String regionCode) {
        public String email() {
            return login + DOMAIN;
        }
    }

    public static final List<Person> PEOPLE =
            List.of(
                    new Person(
                            "admin",
                            "Әлия Нұрланқызы",
                            Language.KK,
                            Role.NATIONAL_ADMIN,
                            null,
                            null),
                    new Person(
                            "approver.astana",
                            "Ержан Бекболатов",
                            Language.KK,
                            Role.AKIMAT_APPROVER,
                            null,
                            "KZ-71"),
                    new Person(
                            "approver.almaty",
                            "Динара Сарсенова",
                            Language.RU,
                            Role.AKIMAT_APPROVER,
                            null,
                            "KZ-75"),
                    new Person(
                            "manager.astana",
                            "Асқар Жұмабаев",
                            Language.KK,
                            Role.HOUSE_MANAGER,
                            1L,
                            null),
                    new Person(
                            "manager.almaty",
                            "Gulnar Omarova",
                            Language.EN,
                            Role.HOUSE_MANAGER,
                            2L,
                            null),
                    new Person(
                            "ngo",
                            "Марат Исаев",
                            Language.RU,
                            Role.NGO_REPRESENTATIVE,
                            null,
                            null));

    /** The demo runs with {@code -Dhod.demo=true}, and also with {@code -Dhod.demo=country}. */
    public static boolean enabled() {
        return Boolean.getBoolean(SWITCH) || country();
    }

    /** {@code -Dhod.demo=country}: the demo plus "a year in the life" ({@link CountryData}). */
    public static boolean country() {
        return "country".equalsIgnoreCase(System.getProperty(SWITCH));
    }
}
