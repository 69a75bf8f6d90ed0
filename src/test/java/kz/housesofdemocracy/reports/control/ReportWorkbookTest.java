package kz.housesofdemocracy.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.reports.control.OccupancyReport.Money;
import kz.housesofdemocracy.reports.control.OccupancyReport.NgoCount;
import kz.housesofdemocracy.reports.control.OccupancyReport.Place;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Instant COMPUTED = Instant.parse("2027-02-03T04:05:00Z");

    @Test
    void oneSheetPerLevelNamedInTheLanguage() throws Exception {
        try (XSSFWorkbook ru = open(report(2, 3), RU);
                XSSFWorkbook kk = open(report(2, 3), KK)) {
            assertEquals(
                    List.of(
                            "Отчёт",
                            "Страна",
                            "Регионы",
                            "Дома",
                            "Помещения",
                            "НПО",
                            "НПО по признакам",
                            "НПО по регионам"),
                    names(ru));
            assertEquals(
                    List.of(
                            "Есеп",
                            "Ел",
                            "Өңірлер",
                            "Үйлер",
                            "Бөлмелер",
                            "ҮЕҰ",
                            "ҮЕҰ белгілері бойынша",
                            "Өңірлер бойынша ҮЕҰ"),
                    names(kk));
            assertEquals("Название", ru.getSheet("Помещения").getRow(0).getCell(1).toString());
        }
    }

    @Test
    void everySheetHasAFrozenBoldFilteredHeaderAndWideColumns() throws Exception {
        try (XSSFWorkbook workbook = open(report(2, 3), RU)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                PaneInformation pane = sheet.getPaneInformation();
                assertNotNull(pane, sheet.getSheetName());
                assertTrue(pane.isFreezePane(), sheet.getSheetName());
                assertEquals(1, pane.getHorizontalSplitPosition(), sheet.getSheetName());
                assertEquals(0, pane.getVerticalSplitPosition(), sheet.getSheetName());
                Row header = sheet.getRow(0);
                assertTrue(
                        workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                                .getBold(),
                        sheet.getSheetName());
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName());
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    assertTrue(
                            sheet.getColumnWidth(c) > sheet.getDefaultColumnWidth() * 256,
                            sheet.getSheetName() + " column " + c);
                }
            }
        }
    }

    @Test
    void figuresAreNumbersAndPeriodsAreDates() throws Exception {
        OccupancyReport report = report(2, 3);
        try (XSSFWorkbook workbook = open(report, RU)) {
            XSSFSheet rooms = workbook.getSheet("Помещения");
            List<String> headers = headers(rooms);
            Row year = rooms.getRow(1);
            Place room =
                    report.places().stream()
                            .filter(p -> p.level().equals("ROOM"))
                            .findFirst()
                            .get();
            assertEquals(room.id(), year.getCell(0).getStringCellValue());
            assertEquals(
                    "Дом 1", year.getCell(headers.indexOf("Уровень выше")).getStringCellValue());
            Cell available = year.getCell(headers.indexOf("Доступно часов"));
            assertEquals(CellType.NUMERIC, available.getCellType());
            assertEquals(
                    room.year().availableMinutes() / 60.0, available.getNumericCellValue(), 1e-9);
            Cell booked = year.getCell(headers.indexOf("Забронировано часов"));
            assertEquals(room.year().bookedMinutes() / 60.0, booked.getNumericCellValue(), 1e-9);
            Cell rate = year.getCell(headers.indexOf("Загрузка, %"));
            assertEquals("0.0%", rate.getCellStyle().getDataFormatString());
            assertEquals(
                    (double) room.year().bookedMinutes() / room.year().availableMinutes(),
                    rate.getNumericCellValue(),
                    1e-12);
            Cell subsidy = year.getCell(headers.indexOf("Субсидия, ₸"));
            assertEquals("#,##0.00", subsidy.getCellStyle().getDataFormatString());
            assertEquals(room.year().totalSubsidy().doubleValue(), subsidy.getNumericCellValue());
            Cell from = year.getCell(headers.indexOf("Начало периода"));
            Cell to = year.getCell(headers.indexOf("Конец периода"));
            assertTrue(DateUtil.isCellDateFormatted(from));
            assertEquals(LocalDate.of(2027, 1, 1).atStartOfDay(), from.getLocalDateTimeCellValue());
            assertEquals(LocalDate.of(2027, 12, 31).atStartOfDay(), to.getLocalDateTimeCellValue());
            Row march = rooms.getRow(4);
            assertEquals(
                    "март",
                    march.getCell(headers.indexOf("Период")).getStringCellValue().toLowerCase(RU));
            assertEquals(
                    LocalDate.of(2027, 3, 31).atStartOfDay(),
                    march.getCell(headers.indexOf("Конец периода")).getLocalDateTimeCellValue());

            Row summary = workbook.getSheet("Отчёт").getRow(1);
            assertEquals(2027, summary.getCell(0).getNumericCellValue());
            Cell computed = summary.getCell(4);
            assertTrue(DateUtil.isCellDateFormatted(computed));
            assertEquals(LocalDateTime.of(2027, 2, 3, 9, 5), computed.getLocalDateTimeCellValue());
        }
    }

    @Test
    void aPublishedReportHasNoNgoSheet() throws Exception {
        try (XSSFWorkbook workbook = open(report(2, 3).withoutNgos(), KK)) {
            assertNull(workbook.getSheet("ҮЕҰ"));
            assertNotNull(workbook.getSheet("ҮЕҰ белгілері бойынша"));
        }
    }

    @Test
    void aSuppressedGroupShowsItsReasonAndNoFigures() throws Exception {
        OccupancyReport full = report(2, 3).withoutNgos();
        List<Money> areas =
                Suppression.apply(
                        List.of(
                                money("CULTURE", "Культура", 1),
                                money("EDUCATION", "Образование", 4),
                                money("HEALTH", "Здоровье", 5),
                                money("SPORT", "Спорт", 6)));
        OccupancyReport published =
                new OccupancyReport(
                        full.year(),
                        full.regionCode(),
                        full.houseId(),
                        full.computedAt(),
                        full.places(),
                        full.byNgo(),
                        areas,
                        full.byRegion(),
                        full.byLanguage(),
                        full.byYouth(),
                        full.byFunding(),
                        full.ngoCounts());
        try (XSSFWorkbook workbook = open(published, RU)) {
            Sheet sheet = workbook.getSheetAt(workbook.getNumberOfSheets() - 2);
            Row culture = null;
            for (Row row : sheet) {
                if ("Культура".equals(row.getCell(1).getStringCellValue())) {
                    culture = row;
                }
            }
            assertNotNull(culture, "the small group is listed");
            assertEquals(
                    Messages.get(RU, "report.fewerThan3"), culture.getCell(2).getStringCellValue());
            assertEquals(
                    Messages.get(RU, "report.fewerThan3"), culture.getCell(3).getStringCellValue());
            for (int c = 4; c <= 6; c++) {
                Cell cell = culture.getCell(c);
                assertTrue(
                        cell == null || cell.getCellType() == CellType.BLANK,
                        "no figure in column " + c);
            }
        }
    }

    @Test
    void aHousesReportStartsAtTheHouse() throws Exception {
        OccupancyReport national = report(1, 2);
        List<Place> places =
                national.places().stream()
                        .filter(p -> p.level().equals("HOUSE") || p.level().equals("ROOM"))
                        .toList();
        OccupancyReport house =
                new OccupancyReport(
                        2027, null, 1L, COMPUTED, places, List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of());
        try (XSSFWorkbook workbook = open(house, Locale.ENGLISH)) {
            assertEquals(
                    List.of("Report", "Houses", "Rooms", "NGOs by attribute", "NGOs per region"),
                    names(workbook));
        }
    }

    @Test
    void thousandsOfRoomsAndNgosAreWrittenStreaming() throws Exception {
        OccupancyReport big = report(40, 30);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        byte[] bytes = ReportWorkbook.write(big, RU);
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf(
                "%d places, %d NGOs: %d bytes in %d ms (%d ms of CPU)%n",
                big.places().size(),
                big.byNgo().size(),
                bytes.length,
                (System.nanoTime() - start) / 1_000_000,
                cpuMs);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(1200 * 13, workbook.getSheet("Помещения").getLastRowNum());
            assertEquals(1200, workbook.getSheet("НПО").getLastRowNum());
        }
    }

    private static XSSFWorkbook open(OccupancyReport report, Locale locale) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.write(report, locale)));
    }

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    /** The nation, one region, {@code houses} Houses of {@code rooms} rooms, an NGO per room. */
    private static OccupancyReport report(int houses, int rooms) {
        List<Place> places = new ArrayList<>();
        places.add(place("NATION", "nation", null, "Казахстан", 0));
        places.add(place("REGION", "region-KZ-71", "nation", "Астана", 0));
        List<Money> ngos = new ArrayList<>();
        for (int h = 1; h <= houses; h++) {
            places.add(place("HOUSE", "house-" + h, "region-KZ-71", "Дом " + h, 0));
            for (int r = 1; r <= rooms; r++) {
                int n = h * 1000 + r;
                places.add(place("ROOM", "room-" + n, "house-" + h, "Зал " + n, n));
                ngos.add(money("ngo-" + n, "НПО " + n, n));
            }
        }
        return new OccupancyReport(
                2027,
                null,
                null,
                COMPUTED,
                places,
                ngos,
                List.of(money("EDUCATION", "Образование", 3)),
                List.of(money("KZ-71", "Астана", 4)),
                List.of(money("kk", "казахский", 5)),
                List.of(money("youth-led", "молодёжные", 6)),
                List.of(money("STATE_GRANT", "госгрант", 7)),
                List.of(new NgoCount("KZ-71", text("Астана"), 10, 8, 7, 5)));
    }

    private static Place place(String level, String id, String parent, String name, int n) {
        Figures month =
                new Figures(
                        60_000 + n,
                        7_321 + n,
                        5_000,
                        40,
                        3,
                        new BigDecimal("123456.78"),
                        new BigDecimal("98765.43"),
                        new BigDecimal("24691.35"),
                        new BigDecimal("120.50"),
                        new BigDecimal("60.25"),
                        new BigDecimal("1000.00"),
                        new BigDecimal("100.00"),
                        new BigDecimal("900.00"));
        Figures year = Figures.ZERO;
        for (int m = 0; m < 12; m++) {
            year = year.plus(month);
        }
        return new Place(level, id, parent, text(name), year, Collections.nCopies(12, month));
    }

    private static Money money(String key, String name, long n) {
        return new Money(
                key,
                text(name),
                n,
                90 * n,
                BigDecimal.valueOf(1000 * n),
                BigDecimal.valueOf(100 * n),
                BigDecimal.valueOf(900 * n));
    }

    private static LocalizedText text(String ru) {
        return new LocalizedText(ru + " (kk)", ru, ru + " (en)");
    }
}
