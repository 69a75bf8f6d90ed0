package kz.housesofdemocracy.demo;

import java.util.List;

/**
 * The country's 20 regions as the generator needs them: the ISO code (as in the {@code region}
 * table), the regional centre's name in kk/ru/en, the time zone of the centre, and the population.
 *
 * <p>Populations in thousands, rounded, at 1 January 2025: Bureau of National Statistics of the
 * Agency for Strategic Planning and Reforms (stat.gov.kz, "Численность населения Республики
 * Казахстан по полу и типу местности" by region). They only set proportions here (rooms, offices
 * and NGOs per region), so rounding to thousands changes nothing that matters.
 */
final class CountryRegions {

    private CountryRegions() {}

    /** One region: code, centre (kk, ru, en), zone, population in thousands. */
    record Region(
            String code,
            String centreKk,
            String centreRu,
            String centreEn,
            String zone,
            int thousands) {}

    static final List<Region> ALL =
            List.of(
                    new Region("KZ-10", "Семей", "Семей", "Semey", "Asia/Almaty", 603),
                    new Region("KZ-11", "Көкшетау", "Кокшетау", "Kokshetau", "Asia/Almaty", 782),
                    new Region("KZ-15", "Ақтөбе", "Актобе", "Aktobe", "Asia/Aqtobe", 948),
                    new Region("KZ-19", "Қонаев", "Конаев", "Konaev", "Asia/Almaty", 1531),
                    new Region("KZ-23", "Атырау", "Атырау", "Atyrau", "Asia/Atyrau", 705),
                    new Region("KZ-27", "Орал", "Уральск", "Oral", "Asia/Oral", 694),
                    new Region("KZ-31", "Тараз", "Тараз", "Taraz", "Asia/Almaty", 1222),
                    new Region(
                            "KZ-33",
                            "Талдықорған",
                            "Талдыкорган",
                            "Taldykorgan",
                            "Asia/Almaty",
                            698),
                    new Region("KZ-35", "Қарағанды", "Караганда", "Karaganda", "Asia/Almaty", 1132),
                    new Region("KZ-39", "Қостанай", "Костанай", "Kostanay", "Asia/Qostanay", 829),
                    new Region(
                            "KZ-43", "Қызылорда", "Кызылорда", "Kyzylorda", "Asia/Qyzylorda", 845),
                    new Region("KZ-47", "Ақтау", "Актау", "Aktau", "Asia/Aqtau", 789),
                    new Region("KZ-55", "Павлодар", "Павлодар", "Pavlodar", "Asia/Almaty", 746),
                    new Region(
                            "KZ-59", "Петропавл", "Петропавловск", "Petropavl", "Asia/Almaty", 530),
                    new Region("KZ-61", "Түркістан", "Туркестан", "Turkistan", "Asia/Almaty", 2150),
                    new Region("KZ-62", "Жезқазған", "Жезказган", "Zhezkazgan", "Asia/Almaty", 221),
                    new Region(
                            "KZ-63", "Өскемен", "Усть-Каменогорск", "Oskemen", "Asia/Almaty", 715),
                    new Region("KZ-71", "Астана", "Астана", "Astana", "Asia/Almaty", 1424),
                    new Region("KZ-75", "Алматы", "Алматы", "Almaty", "Asia/Almaty", 2291),
                    new Region("KZ-79", "Шымкент", "Шымкент", "Shymkent", "Asia/Almaty", 1240));

    static int totalThousands() {
        return ALL.stream().mapToInt(Region::thousands).sum();
    }

    /** The demo's House of a region (V4: Astana 1, Almaty 2), or 0 when the country makes one. */
    static long demoHouse(String code) {
        return switch (code) {
            case "KZ-71" -> 1L;
            case "KZ-75" -> 2L;
            default -> 0L;
        };
    }
}
