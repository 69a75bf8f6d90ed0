package kz.housesofdemocracy.imports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bins;
import kz.housesofdemocracy.testing.Demo;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing the registry's NGO files through REST: every kind of bad row refused with its reason,
 * the encodings and languages a region's files come in, XLSX, re-import changing nothing, another
 * region's rows refused to an approver, and 20,000 rows applied in the background with their
 * progress read back. Its NGOs' BINs start with 99 (December 1999) or 17/16: no other test's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEAD_EN =
            "BIN;Name (Kazakh);Name (Russian);Legal form;Registration date;Region;Address;Email;Areas";

    @ArquillianResource private URL base;

    private Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
    }

    /** A valid BIN from its first six digits and a serial (0–99999), or null. */
    static String bin(String yymm40, int serial) {
        return Bins.withCheckDigit(yymm40 + String.format("%05d", serial));
    }

    /** Valid BINs from a range of serials. */
    static List<String> bins(String yymm40, int from, int count) {
        List<String> bins = new ArrayList<>();
        for (int s = from; bins.size() < count; s++) {
            String b = bin(yymm40, s);
            if (b != null) {
                bins.add(b);
            }
        }
        return bins;
    }

    static String row(String bin, String kk, String ru, String region) {
        return String.join(
                ";",
                bin,
                kk,
                ru,
                "PUBLIC_ASSOCIATION",
                "",
                region,
                "Астана қаласы Мәңгілік Ел 1",
                "info@example.kz",
                "education");
    }

    // --- the REST steps

    static JsonObject upload(Api api, byte[] file, String type, String name) {
        Api.Reply r = api.upload("POST", "api/imports?kind=NGOS", type, file);
        assertEquals(201, r.status(), r.body());
        JsonObject job = r.object();
        assertEquals("UPLOADED", job.getString("status"));
        return job;
    }

    static JsonObject await(Api api, long id, String status, int seconds) {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (true) {
            Api.Reply r = api.get("api/imports/" + id);
            assertEquals(200, r.status(), r.body());
            JsonObject job = r.object();
            if (job.getString("status").equals(status)
                    || job.getString("status").equals("FAILED")) {
                assertEquals(status, job.getString("status"), job.toString());
                return job;
            }
            assertTrue(System.currentTimeMillis() < until, "still " + job);
            sleep(200);
        }
    }

    static JsonObject dryRun(Api api, long id) {
        return dryRun(api, id, 120);
    }

    static JsonObject dryRun(Api api, long id, int seconds) {
        Api.Reply r = api.post("api/imports/" + id + "/dry-run", "");
        assertEquals(202, r.status(), r.body());
        return await(api, id, "CHECKED", seconds);
    }

    static JsonObject apply(Api api, long id) {
        Api.Reply r = api.post("api/imports/" + id + "/apply", "");
        assertEquals(202, r.status(), r.body());
        return await(api, id, "APPLIED", 120);
    }

    static JsonObject checkedAndApplied(Api api, byte[] file, String type) {
        long id = upload(api, file, type, "").getJsonNumber("id").longValue();
        dryRun(api, id);
        return apply(api, id);
    }

    static List<JsonObject> rows(Api api, long id, String outcome) {
        Api.Reply r =
                api.get(
                        "api/imports/"
                                + id
                                + "/rows?max=1000"
                                + (outcome == null ? "" : "&outcome=" + outcome));
        assertEquals(200, r.status(), r.body());
        return r.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    /** How many NGOs the registry holds whose BIN or name contains the text. */
    long ngosWith(String text) {
        Api.Reply r =
                admin.get("api/ngos?size=1&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        return r.object().getJsonNumber("total").longValue();
    }

    JsonObject ngoWithBin(String bin) {
        Api.Reply r = admin.get("api/ngos?size=1&q=" + bin);
        assertEquals(200, r.status(), r.body());
        long id = r.object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply details = admin.get("api/ngos/" + id);
        assertEquals(200, details.status(), details.body());
        return details.object();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] csv(Charset charset, String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(charset);
    }

    // --- the tests

    @Test
    void everyKindOfBadRowIsRefusedWithItsReasonAndNothingOfItStored() throws IOException {
        List<String> b = bins("170740", 100, 9);
        byte[] file =
                csv(
                        StandardCharsets.UTF_8,
                        HEAD_EN,
                        row(Bins.withWrongCheckDigit(b.get(0)), "Бірінші", "Первая", "KZ-71"),
                        row(b.get(1), "Екінші", "Вторая", "Atlantis"),
                        row(b.get(2), "Үшінші", "Третья", "KZ-71"),
                        row(b.get(2), "Үшінші қайта", "Третья снова", "KZ-71"),
                        row("", "Бесінші", "Пятая", "KZ-71")
                                .replace(";;KZ-71", ";2999-01-01;KZ-71"),
                        row("", "Алтыншы", "Шестая", "KZ-71")
                                .replace(";;KZ-71", ";32.13.2019;KZ-71"),
                        row(b.get(6), "", "Седьмая", "KZ-71"),
                        row(b.get(7), "Сегізінші", "Восьмая", "KZ-71")
                                .replace("PUBLIC_ASSOCIATION", "Cooperative"),
                        row(b.get(8), "Тоғызыншы", "Девятая", "KZ-71")
                                .replace("education", "astrology"),
                        row(b.get(5), "Оныншы", "Десятая", "KZ-71")
                                .replace("info@example.kz", "not-an-address"));
        JsonObject job = upload(admin, file, "text/csv", "bad.csv");
        long id = job.getJsonNumber("id").longValue();
        assertEquals(10, job.getInt("total"));
        JsonObject checked = dryRun(admin, id);
        assertEquals(1, checked.getInt("created"), checked.toString());
        assertEquals(9, checked.getInt("refused"));
        assertEquals(0, ngosWith(b.get(2)), "a dry run writes nothing");
        List<String> reasons =
                rows(admin, id, "REFUSE").stream().map(r -> r.getString("reasonKey")).toList();
        assertEquals(
                List.of(
                        "import.refused.binCheckDigit",
                        "import.refused.unknownRegion",
                        "import.refused.duplicate",
                        "import.refused.dateFuture",
                        "import.refused.dateUnparseable",
                        "import.refused.missing",
                        "import.refused.unknownLegalForm",
                        "import.refused.unknownArea",
                        "import.refused.badEmail"),
                reasons);
        // The reasons' texts in the language asked for: a field by its label, never its key.
        Api.Reply ru = admin.get("api/imports/" + id + "/rows?outcome=REFUSE&max=1000&lang=ru");
        assertEquals(200, ru.status(), ru.body());
        List<JsonObject> inRussian = ru.json().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject missing = inRussian.get(5);
        assertEquals(7, missing.getInt("rowNumber"), missing.toString());
        assertEquals(
                "Обязательное поле «Наименование на казахском» пусто.",
                missing.getString("reason"));
        assertEquals("БИН " + b.get(6) + " · Седьмая", missing.getString("summary"));
        assertEquals(
                "У БИН " + Bins.withWrongCheckDigit(b.get(0)) + " неверная контрольная цифра.",
                inRussian.get(0).getString("reason"));
        assertEquals(
                "БИН " + Bins.withWrongCheckDigit(b.get(0)) + " · Бірінші",
                inRussian.get(0).getString("summary"));
        Api.Reply kk =
                admin.language("kk")
                        .get("api/imports/" + id + "/rows?outcome=REFUSE&first=5&max=1");
        admin.language("en");
        JsonObject inKazakh = kk.json().asJsonArray().getJsonObject(0);
        assertEquals("«Қазақша атауы» міндетті өрісі бос.", inKazakh.getString("reason"));
        assertEquals("БСН " + b.get(6) + " · Седьмая", inKazakh.getString("summary"));
        assertTrue(
                inRussian.stream()
                        .allMatch(
                                r ->
                                        !r.getString("reason").contains("name_kk")
                                                && !r.getString("summary").contains("BIN")),
                inRussian.toString());

        JsonObject applied = apply(admin, id);
        assertEquals(1, applied.getInt("created"));
        assertEquals(9, applied.getInt("refused"));
        assertEquals(1, ngosWith(b.get(2)));
        for (String refused : List.of(b.get(1), b.get(6), b.get(7), b.get(8), b.get(5))) {
            assertEquals(0, ngosWith(refused), refused + " was refused: nothing stored");
        }
        assertEquals(0, ngosWith("Бесінші"));
        assertEquals(
                "VERIFIED", ngoWithBin(b.get(2)).getString("identity"), "a BIN from the registry");

        HttpResponse<byte[]> xlsx = admin.bytes("api/imports/" + id + "/refused.xlsx?lang=ru");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(9, sheet.getLastRowNum(), "a header and the nine refused rows");
            Row header = sheet.getRow(0);
            assertEquals("Строка", header.getCell(0).getStringCellValue());
            assertEquals("BIN", header.getCell(1).getStringCellValue());
            assertEquals("Причина отказа", header.getCell(10).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals("1", first.getCell(0).getStringCellValue());
            assertEquals(
                    "У БИН " + Bins.withWrongCheckDigit(b.get(0)) + " неверная контрольная цифра.",
                    first.getCell(10).getStringCellValue());
            Row seventh = sheet.getRow(6);
            assertEquals("7", seventh.getCell(0).getStringCellValue());
            assertEquals(
                    "Обязательное поле «Наименование на казахском» пусто.",
                    seventh.getCell(10).getStringCellValue(),
                    "the field by its Russian label");
        }
    }

    @Test
    void windows1251AndUtf8WithBomAndXlsxInThreeLanguagesAreReadAlike() throws IOException {
        List<String> b = bins("170740", 300, 6);
        String ru =
                "БИН;Наименование на казахском;Наименование на русском;"
                        + "Организационно-правовая форма;Дата регистрации;Регион;Адрес;"
                        + "Электронная почта;Сферы деятельности";
        byte[] cp1251 =
                csv(
                        Charset.forName("windows-1251"),
                        ru,
                        row(b.get(0), "Жастар", "Молодёжь Приишимья", "город Астана")
                                .replace("Астана қаласы Мәңгілік Ел 1", "г. Астана ул. Мира 1"),
                        row(b.get(1), "Ана", "Матери Астаны", "KZ-71")
                                .replace("Астана қаласы Мәңгілік Ел 1", "г. Астана ул. Мира 1")
                                .replace("PUBLIC_ASSOCIATION", "Общественный фонд"));
        JsonObject one = checkedAndApplied(admin, cp1251, "text/csv");
        assertEquals(2, one.getInt("created"), one.toString());
        assertEquals(
                "Молодёжь Приишимья",
                ngoWithBin(b.get(0)).getJsonObject("name").getString("ru"),
                "Windows-1251 read as such");

        String kk =
                "БСН,Атауы (қазақша),Атауы (орысша),Ұйымдық-құқықтық нысаны,Тіркелген күні,"
                        + "Өңір,Мекенжайы,Электрондық пошта,Қызмет салалары";
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(
                csv(
                        StandardCharsets.UTF_8,
                        kk,
                        row(b.get(2), "Қайырымдылық", "Доброта", "Астана қаласы").replace(';', ','),
                        row(b.get(3), "Өнер әлемі", "Мир искусства", "KZ-71")
                                .replace("education", "\"education|culture\"")
                                .replace(';', ',')));
        JsonObject two = checkedAndApplied(admin, bom.toByteArray(), "text/csv");
        assertEquals(2, two.getInt("created"), two.toString());
        assertEquals("Өнер әлемі", ngoWithBin(b.get(3)).getJsonObject("name").getString("kk"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("NGOs");
            String[] head = HEAD_EN.split(";");
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 0; r < 2; r++) {
                String[] cells =
                        row(b.get(4 + r), "Қор " + r, "Фонд " + r, "Astana").split(";", -1);
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            book.write(xlsx);
        }
        JsonObject three = checkedAndApplied(admin, xlsx.toByteArray(), XLSX);
        assertEquals(2, three.getInt("created"), three.toString());
        assertEquals("Фонд 1", ngoWithBin(b.get(5)).getJsonObject("name").getString("ru"));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        List<String> b = bins("170740", 500, 3);
        byte[] file =
                csv(
                        StandardCharsets.UTF_8,
                        HEAD_EN + ";Last filing year",
                        row(b.get(0), "Бір", "Один", "KZ-71") + ";2023",
                        row(b.get(1), "Екі", "Два", "KZ-75") + ";",
                        row("", "Үш бинсіз", "Три без БИН", "KZ-71")
                                        .replace(";;KZ-71", ";2015-03-01;KZ-71")
                                + ";");
        JsonObject first = checkedAndApplied(admin, file, "text/csv");
        assertEquals(3, first.getInt("created"), first.toString());
        JsonObject before = ngoWithBin(b.get(0));

        long again = upload(admin, file, "text/csv", "").getJsonNumber("id").longValue();
        JsonObject checked = dryRun(admin, again);
        assertEquals(3, checked.getInt("unchanged"), checked.toString());
        JsonObject applied = apply(admin, again);
        assertEquals(3, applied.getInt("unchanged"), applied.toString());
        assertEquals(0, applied.getInt("created") + applied.getInt("updated"));
        assertEquals(before, ngoWithBin(b.get(0)), "nothing of the NGO changed");
        assertEquals(1, ngosWith("Үш бинсіз"), "matched by name and region without a BIN");
        assertEquals(first.getString("fileHash"), applied.getString("fileHash"));

        byte[] changed =
                new String(file, StandardCharsets.UTF_8)
                        .replace("Один", "Один (новое)")
                        .getBytes(StandardCharsets.UTF_8);
        JsonObject third = checkedAndApplied(admin, changed, "text/csv");
        assertEquals(1, third.getInt("updated"), third.toString());
        assertEquals(2, third.getInt("unchanged"));
        assertEquals("Один (новое)", ngoWithBin(b.get(0)).getJsonObject("name").getString("ru"));
    }

    @Test
    void anApproverImportsTheirRegionOnlyAndOthersMayNotImportNgos() {
        Api almaty = Api.withToken(base, Demo.APPROVER_ALMATY.email(), Demo.password());
        List<String> b = bins("170740", 700, 2);
        byte[] file =
                csv(
                        StandardCharsets.UTF_8,
                        HEAD_EN,
                        row(b.get(0), "Астаналық", "Астанинская", "KZ-71"),
                        row(b.get(1), "Алматылық", "Алматинская", "KZ-75"));
        JsonObject applied = checkedAndApplied(almaty, file, "text/csv");
        assertEquals(1, applied.getInt("created"), applied.toString());
        assertEquals(1, applied.getInt("refused"));
        JsonObject refused = rows(almaty, applied.getJsonNumber("id").longValue(), "REFUSE").get(0);
        assertEquals("import.refused.regionOutOfScope", refused.getString("reasonKey"));
        assertEquals(
                List.of("KZ-71"),
                refused
                        .getJsonArray("reasonArgs")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(0, ngosWith(b.get(0)));
        assertEquals(1, ngosWith(b.get(1)));

        for (Demo other : List.of(Demo.MANAGER_ASTANA, Demo.NGO)) {
            Api api = Api.withToken(base, other.email(), Demo.password());
            assertEquals(
                    403, api.upload("POST", "api/imports?kind=NGOS", "text/csv", file).status());
        }
        Api astana = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        assertEquals(
                404,
                astana.get("api/imports/" + applied.getJsonNumber("id").longValue()).status(),
                "another's job is not there");
    }

    @Test
    void twentyThousandRowsApplyInTheBackgroundWithTheirProgressReadable() {
        StringBuilder file = new StringBuilder(HEAD_EN).append('\n');
        List<String> b = bins("991240", 0, 20_000);
        for (int i = 0; i < b.size(); i++) {
            file.append(
                            row(
                                    b.get(i),
                                    "Сынақ ҮЕҰ " + i,
                                    "Тестовое НПО " + i,
                                    // Two regions no other test reads, so its NGOs move no one's
                                    // counts.
                                    i % 2 == 0 ? "KZ-15" : "KZ-19"))
                    .append('\n');
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        JsonObject job = upload(admin, bytes, "text/csv", "");
        long id = job.getJsonNumber("id").longValue();
        assertEquals(20_000, job.getInt("total"));
        JsonObject checked = dryRun(admin, id, 900);
        assertEquals(20_000, checked.getInt("created") + checked.getInt("unchanged"));

        Api.Reply r = admin.post("api/imports/" + id + "/apply", "");
        assertEquals(202, r.status(), r.body());
        // The request does not wait for the rows: it answers with the job still applying.
        assertEquals("APPLYING", r.object().getString("status"), r.body());
        assertTrue(r.object().getInt("done") < 20_000, r.body());
        List<Integer> progress = new ArrayList<>();
        JsonObject now;
        long until = System.currentTimeMillis() + 900_000;
        do {
            sleep(300);
            now = admin.get("api/imports/" + id).object();
            progress.add(now.getInt("done"));
            assertTrue(System.currentTimeMillis() < until, now.toString());
        } while (now.getString("status").equals("APPLYING"));
        assertEquals("APPLIED", now.getString("status"), now.toString());
        assertEquals(20_000, now.getInt("done"));
        assertEquals(20_000, now.getInt("created") + now.getInt("unchanged"));
        assertTrue(
                progress.stream().anyMatch(p -> p > 0 && p < 20_000) || progress.size() == 1,
                "progress seen between 0 and the end: " + progress);
        assertEquals(20_000, ngosWith("991240"));
    }
}
