package kz.housesofdemocracy.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.testing.Bins;
import org.junit.jupiter.api.Test;

/** One registry row read into a registration, or refused with the one reason that fits. */
class NgoRowParseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String BIN =
            Bins.withCheckDigit("17074000123") != null
                    ? Bins.withCheckDigit("17074000123")
                    : Bins.withCheckDigit("17074000124");

    /** The reference words of one region, one area, the enums by name. */
    static final class Words extends NgoReference {
        @Override
        public Optional<Region> region(String text) {
            return "KZ-71".equals(text) || "город Астана".equals(text)
                    ? Optional.of(
                            new Region(
                                    "KZ-71",
                                    new LocalizedText("Астана қаласы", "город Астана", "Astana"),
                                    Region.Kind.CITY))
                    : Optional.empty();
        }

        @Override
        public Optional<ActivityArea> area(String text) {
            return "education".equals(text.strip())
                    ? Optional.of(newArea("education"))
                    : Optional.empty();
        }

        @Override
        public Optional<LegalForm> legalForm(String text) {
            try {
                return Optional.of(LegalForm.valueOf(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        @Override
        public Optional<WorkingLanguage> language(String text) {
            return Optional.empty();
        }

        private static ActivityArea newArea(String code) {
            try {
                var constructor = ActivityArea.class.getDeclaredConstructor();
                constructor.setAccessible(true);
                ActivityArea area = constructor.newInstance();
                Field f = ActivityArea.class.getDeclaredField("code");
                f.setAccessible(true);
                f.set(area, code);
                return area;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, String> row() {
        Map<String, String> row = new HashMap<>();
        row.put("bin", BIN);
        row.put("name_kk", "Жастар одағы");
        row.put("name_ru", "Союз молодёжи");
        row.put("legal_form", "PUBLIC_ASSOCIATION");
        row.put("region", "KZ-71");
        row.put("address", "Астана, Мәңгілік Ел 1");
        row.put("email", "info@example.kz");
        row.put("areas", "education");
        return row;
    }

    private static NgoRowParse.Result parse(Map<String, String> row) {
        return new NgoRowParse(new Words(), TODAY).parse(row);
    }

    private static void refused(Map<String, String> row, String key, String arg) {
        RowCheck check = parse(row).refusal();
        assertEquals(key, check == null ? null : check.reasonKey(), row.toString());
        assertEquals(List.of(arg), check.reasonArgs());
    }

    @Test
    void aGoodRowBecomesARegistrationDatedByItsBin() {
        NgoRowParse.Result r = parse(row());
        assertNull(r.refusal());
        assertEquals(LocalDate.of(2017, 7, 1), r.parsed().registration().registeredOn());
        assertEquals("KZ-71", r.parsed().registration().region().code());
        assertEquals(List.of("bin:" + BIN), r.parsed().keys());
    }

    @Test
    void eachBadValueHasItsOwnReason() {
        Map<String, String> row = row();
        row.put("bin", Bins.withWrongCheckDigit(BIN));
        refused(row, "import.refused.binCheckDigit", Bins.withWrongCheckDigit(BIN));
        row = row();
        row.put("bin", "12345");
        refused(row, "import.refused.binFormat", "12345");
        row = row();
        row.remove("name_kk");
        refused(row, "import.refused.missing", "name_kk");
        row = row();
        row.put("region", "Atlantis");
        refused(row, "import.refused.unknownRegion", "Atlantis");
        row = row();
        row.remove("bin");
        refused(row, "import.refused.missing", "registered_on");
        row.put("registered_on", "2027-01-01");
        refused(row, "import.refused.dateFuture", "2027-01-01");
        row.put("registered_on", "32.13.2019");
        refused(row, "import.refused.dateUnparseable", "32.13.2019");
        row.put("registered_on", "1990-12-31");
        refused(row, "import.refused.dateTooEarly", "1990-12-31");
        row = row();
        row.put("legal_form", "Cooperative");
        refused(row, "import.refused.unknownLegalForm", "Cooperative");
        row = row();
        row.put("areas", "education; astrology");
        refused(row, "import.refused.unknownArea", "astrology");
        row = row();
        row.put("email", "nobody");
        refused(row, "import.refused.badEmail", "nobody");
        row = row();
        row.put("last_filing_year", "2016");
        refused(row, "import.refused.badFilingYear", "2016");
        row.put("last_filing_year", "2026");
        refused(row, "import.refused.badFilingYear", "2026");
        row = row();
        row.put("youth_led", "perhaps");
        refused(row, "import.refused.badYesNo", "perhaps");
    }

    @Test
    void withoutABinTheKeysAreItsNamesInItsRegion() {
        Map<String, String> row = row();
        row.remove("bin");
        row.put("registered_on", "15.06.2019");
        NgoRowParse.Result r = parse(row);
        assertNull(r.refusal());
        assertEquals(LocalDate.of(2019, 6, 15), r.parsed().registration().registeredOn());
        assertEquals(
                List.of("name:KZ-71:жастар одағы", "name:KZ-71:союз молодёжи"), r.parsed().keys());
    }
}
