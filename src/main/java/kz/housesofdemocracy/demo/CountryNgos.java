package kz.housesofdemocracy.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import kz.housesofdemocracy.demo.CountryPlan.Filing;
import kz.housesofdemocracy.demo.CountryPlan.Ngo;
import kz.housesofdemocracy.ngos.entity.Bin;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.Clocks;

/**
 * The country's NGOs, shared out by population, and their annual filings. Shares: 6 % without a BIN
 * (as the seed's 1,742 of 23,335), 12 % working in Kazakh only (the seed says 10–15 %), 18 %
 * youth-led; the filing for last year made by 85 % between mid-January and the end of March (so 15
 * % lose eligibility on 1 April), a few waiting or refused.
 */
record CountryNgos(List<Ngo> ngos, List<Filing> filings) {

    static final ZoneId ZONE = Clocks.KAZAKHSTAN;

    /** The areas of V7, in its order; the last two are not socially significant. */
    static final List<String> AREAS =
            List.of(
                    "education",
                    "health",
                    "social-support",
                    "children-youth",
                    "culture",
                    "sport",
                    "environment",
                    "human-rights",
                    "family-gender",
                    "interethnic",
                    "civic",
                    "professional",
                    "hobby");

    static final int SIGNIFICANT_AREAS = 11;

    private static final String[][] ADJECTIVES = {
        {"Жарқын", "Zharqyn"},
        {"Жасыл", "Zhasyl"},
        {"Ақ", "Aq"},
        {"Ізгі", "Izgi"},
        {"Жаңа", "Zhana"},
        {"Мейірімді", "Meirimdi"},
        {"Қайырымды", "Qaiyrymdy"},
        {"Белсенді", "Belsendi"},
        {"Адал", "Adal"},
        {"Еркін", "Erkin"},
        {"Дарынды", "Daryndy"},
        {"Білімді", "Bilimdi"},
        {"Саналы", "Sanaly"},
        {"Ынталы", "Yntaly"},
        {"Шуақты", "Shuaqty"},
        {"Нұрлы", "Nurly"},
        {"Бірлескен", "Birlesken"},
        {"Тәуелсіз", "Tauelsiz"},
        {"Ұлағатты", "Ulagatty"},
        {"Әділ", "Adil"},
        {"Көркем", "Korkem"},
        {"Берекелі", "Berekeli"},
        {"Сенімді", "Senimdi"},
        {"Жігерлі", "Zhigerli"}
    };

    private static final String[][] NOUNS = {
        {"болашақ", "Bolashaq"},
        {"қадам", "Qadam"},
        {"жол", "Zhol"},
        {"әлем", "Alem"},
        {"өңір", "Onir"},
        {"ұрпақ", "Urpaq"},
        {"қоғам", "Qogam"},
        {"бастама", "Bastama"},
        {"дала", "Dala"},
        {"жүрек", "Zhurek"},
        {"ел", "El"},
        {"орта", "Orta"},
        {"шаңырақ", "Shanyraq"},
        {"көпір", "Kopir"}
    };

    private static final String[][] STREETS = {
        {"Абай даңғылы", "пр. Абая"}, {"Сәтбаев көшесі", "ул. Сатпаева"},
        {"Төле би көшесі", "ул. Толе би"}, {"Желтоқсан көшесі", "ул. Желтоксан"},
        {"Бейбітшілік көшесі", "ул. Бейбитшилик"}, {"Қабанбай батыр көшесі", "ул. Кабанбай батыра"}
    };

    static CountryNgos make(CountryPlan.Input input) {
        SplittableRandom random = new SplittableRandom(input.seed() * 31 + 2);
        List<Ngo> ngos = new ArrayList<>();
        List<Filing> filings = new ArrayList<>();
        int[] serial = {10_000};
        int total = CountryRegions.totalThousands();
        for (CountryRegions.Region region : CountryRegions.ALL) {
            int count = (int) Math.round((double) CountryPlan.NGOS * region.thousands() / total);
            int[] names = shuffled(ADJECTIVES.length * NOUNS.length, random);
            for (int i = 0; i < count; i++) {
                Ngo ngo =
                        ngo(
                                CountryPlan.BASE + ngos.size(),
                                region,
                                names[i],
                                serial,
                                random,
                                input);
                ngos.add(ngo);
                filings.addAll(filings(ngo, random, input, CountryPlan.BASE + filings.size()));
            }
        }
        return new CountryNgos(List.copyOf(ngos), List.copyOf(filings));
    }

    private static Ngo ngo(
            long id,
            CountryRegions.Region region,
            int name,
            int[] serial,
            SplittableRandom random,
            CountryPlan.Input input) {
        LocalDate today = input.today();
        LegalForm form = form(random.nextInt(100));
        String[] adjective = ADJECTIVES[name / NOUNS.length];
        String[] noun = NOUNS[name % NOUNS.length];
        String quoted = "«" + adjective[0] + " " + noun[0] + "»";
        String english = adjective[1] + " " + noun[1];
        boolean recent = random.nextInt(100) < 5;
        LocalDate registered =
                recent
                        ? today.minusDays(20 + random.nextInt(220))
                        : LocalDate.of(1998, 1, 1)
                                .plusDays(
                                        random.nextInt((int) (today.toEpochDay() - 10_227 - 300)));
        boolean withBin = random.nextInt(100) >= 6;
        String bin = withBin ? bin(registered, serial, today) : null;
        IdentityStatus identity = identity(withBin, random.nextInt(100));
        int op = random.nextInt(100);
        OperatingStatus operating =
                op < 97
                        ? OperatingStatus.ACTIVE
                        : op < 99 ? OperatingStatus.SUSPENDED : OperatingStatus.LIQUIDATED;
        String[] street = STREETS[random.nextInt(STREETS.length)];
        int house = 1 + random.nextInt(180);
        String address =
                random.nextBoolean()
                        ? region.centreKk() + " қ., " + street[0] + ", " + house
                        : "г. " + region.centreRu() + ", " + street[1] + ", " + house;
        LocalDate joined = LocalDate.of(2024, 1, 10).plusDays(random.nextInt(700));
        joined = joined.isBefore(registered) ? registered : joined;
        joined = joined.isAfter(today) ? today : joined;
        return new Ngo(
                id,
                quoted + " " + formWords(form)[0],
                formWords(form)[1] + " " + quoted,
                english + " " + formWords(form)[2],
                bin,
                form,
                region.code(),
                address,
                registered,
                random.nextInt(100) < 18,
                "ngo" + (id - CountryPlan.BASE) + "@country.houses-of-democracy.example",
                identity,
                operating,
                areas(random),
                languages(random.nextInt(100)),
                funding(random),
                joined.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(600)))
                        .atZone(ZONE)
                        .toInstant());
    }

    /**
     * A BIN for a legal entity's head office registered in that month, with the next serial that
     * gives a valid check digit (the product's own rule decides).
     */
    static String bin(LocalDate registered, int[] serial, LocalDate today) {
        String month =
                String.format("%02d%02d", registered.getYear() % 100, registered.getMonthValue());
        while (true) {
            String stem = month + "40" + String.format("%05d", serial[0]++);
            for (int digit = 0; digit <= 9; digit++) {
                String candidate = stem + digit;
                if (Bin.problem(candidate, today).isEmpty()) {
                    return candidate;
                }
            }
        }
    }

    private static List<Filing> filings(
            Ngo ngo, SplittableRandom random, CountryPlan.Input input, long firstId) {
        List<Filing> filings = new ArrayList<>();
        if (ngo.identity() != IdentityStatus.VERIFIED) {
            return filings;
        }
        int year = input.today().getYear();
        int registeredYear = ngo.registeredOn().getYear();
        if (registeredYear <= year - 2 && random.nextInt(100) < 92) {
            LocalDate filed = LocalDate.of(year - 1, 1, 20).plusDays(random.nextInt(65));
            filings.add(filing(firstId, ngo, year - 2, filed, 0, random, input));
        }
        if (registeredYear <= year - 1 && random.nextInt(100) < 85) {
            LocalDate filed = LocalDate.of(year, 1, 12).plusDays(random.nextInt(76));
            if (!filed.isAfter(input.today())) {
                filings.add(
                        filing(
                                firstId + filings.size(),
                                ngo,
                                year - 1,
                                filed,
                                random.nextInt(100),
                                random,
                                input));
            }
        }
        return filings;
    }

    private static Filing filing(
            long id,
            Ngo ngo,
            int year,
            LocalDate filed,
            int roll,
            SplittableRandom random,
            CountryPlan.Input input) {
        Instant created = filed.atTime(10, random.nextInt(60)).atZone(ZONE).toInstant();
        Instant decided =
                filed.plusDays(1 + random.nextInt(10)).atTime(11, 30).atZone(ZONE).toInstant();
        FilingStatus status =
                roll < 94
                        ? FilingStatus.VERIFIED
                        : roll < 97 ? FilingStatus.PENDING : FilingStatus.REFUSED;
        if (status == FilingStatus.PENDING || decided.isAfter(input.now())) {
            status = FilingStatus.PENDING;
            decided = null;
        }
        return new Filing(
                id,
                ngo.id(),
                year,
                filed,
                "NGO-" + year + "-" + (ngo.id() - CountryPlan.BASE + 3000),
                status,
                created,
                decided);
    }

    private static LegalForm form(int roll) {
        return roll < 55
                ? LegalForm.PUBLIC_ASSOCIATION
                : roll < 80
                        ? LegalForm.PUBLIC_FOUNDATION
                        : roll < 88
                                ? LegalForm.ASSOCIATION_OR_UNION
                                : roll < 97 ? LegalForm.PRIVATE_INSTITUTION : LegalForm.OTHER;
    }

    /**
     * The legal form's words in a name: Kazakh after the quoted name, Russian before, English
     * after.
     */
    private static String[] formWords(LegalForm form) {
        return switch (form) {
            case PUBLIC_ASSOCIATION ->
                    new String[] {
                        "қоғамдық бірлестігі", "Общественное объединение", "public association"
                    };
            case PUBLIC_FOUNDATION ->
                    new String[] {"қоғамдық қоры", "Общественный фонд", "public foundation"};
            case ASSOCIATION_OR_UNION ->
                    new String[] {
                        "заңды тұлғалар бірлестігі",
                        "Объединение юридических лиц",
                        "association of legal entities"
                    };
            case PRIVATE_INSTITUTION ->
                    new String[] {"жеке мекемесі", "Частное учреждение", "private institution"};
            case OTHER ->
                    new String[] {
                        "коммерциялық емес ұйымы", "Некоммерческая организация", "non-profit"
                    };
        };
    }

    private static IdentityStatus identity(boolean withBin, int roll) {
        if (withBin) {
            return roll < 94
                    ? IdentityStatus.VERIFIED
                    : roll < 99 ? IdentityStatus.UNVERIFIED : IdentityStatus.REFUSED;
        }
        return roll < 85 ? IdentityStatus.VERIFIED : IdentityStatus.UNVERIFIED;
    }

    /** One to three areas; one NGO in 25 has only areas that are not socially significant. */
    private static List<String> areas(SplittableRandom random) {
        if (random.nextInt(25) == 0) {
            return List.of(AREAS.get(SIGNIFICANT_AREAS + random.nextInt(2)));
        }
        boolean[] picked = new boolean[AREAS.size()];
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            picked[random.nextInt(SIGNIFICANT_AREAS)] = true;
        }
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < picked.length; i++) {
            if (picked[i]) {
                areas.add(AREAS.get(i));
            }
        }
        return List.copyOf(areas);
    }

    /** 12 % Kazakh only, 24 % Russian only, the rest both (some with English or another). */
    static List<WorkingLanguage> languages(int roll) {
        if (roll < 12) {
            return List.of(WorkingLanguage.KK);
        }
        if (roll < 36) {
            return List.of(WorkingLanguage.RU);
        }
        if (roll < 86) {
            return List.of(WorkingLanguage.KK, WorkingLanguage.RU);
        }
        if (roll < 94) {
            return List.of(WorkingLanguage.KK, WorkingLanguage.RU, WorkingLanguage.EN);
        }
        if (roll < 99) {
            return List.of(WorkingLanguage.RU, WorkingLanguage.EN);
        }
        return List.of(WorkingLanguage.KK, WorkingLanguage.RU, WorkingLanguage.OTHER);
    }

    private static List<FundingSource> funding(SplittableRandom random) {
        FundingSource[] all = FundingSource.values();
        FundingSource first = all[random.nextInt(all.length)];
        FundingSource second = all[random.nextInt(all.length)];
        return first.ordinal() == second.ordinal()
                ? List.of(first)
                : first.ordinal() < second.ordinal()
                        ? List.of(first, second)
                        : List.of(second, first);
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
