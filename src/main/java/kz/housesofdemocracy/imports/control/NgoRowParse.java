package kz.housesofdemocracy.imports.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.imports.entity.RowSummary;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.Bin;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * Reads one row of a registry export into what registering an NGO records, or the first reason it
 * cannot: each reason its own bundle key {@code import.refused.*}.
 */
final class NgoRowParse {

    static final List<String> REQUIRED =
            List.of("name_kk", "name_ru", "legal_form", "region", "address", "email", "areas");

    private static final List<DateTimeFormatter> DATES =
            List.of(
                    DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ofPattern("dd.MM.uuuu"),
                    DateTimeFormatter.ofPattern("d.M.uuuu"),
                    DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    /** A row read: the registration, the filing year (or null), and the row's key in the file. */
    record Parsed(Ngo.Registration registration, Integer filingYear, List<String> keys) {}

    /** Either a parsed row or the refusal. */
    record Result(Parsed parsed, RowCheck refusal) {}

    private final NgoReference reference;
    private final LocalDate today;

    NgoRowParse(NgoReference reference, LocalDate today) {
        this.reference = reference;
        this.today = today;
    }

    /** "BIN … · name" in the reader's language ({@code import.summary.ngo}), or the name alone. */
    static String summary(Map<String, String> row) {
        String bin = row.get("bin");
        String name = row.getOrDefault("name_kk", row.getOrDefault("name_ru", ""));
        return bin == null ? name : RowSummary.worded("import.summary.ngo", bin, name);
    }

    Result parse(Map<String, String> row) {
        String summary = summary(row);
        for (String field : REQUIRED) {
            if (!row.containsKey(field)) {
                return refuse(summary, "import.refused.missing", field);
            }
        }
        for (String field : List.of("name_kk", "name_ru", "name_en", "address")) {
            if (row.containsKey(field) && row.get(field).length() > 300) {
                return refuse(summary, "import.refused.tooLong", field);
            }
        }
        Bin bin = null;
        String binText = row.get("bin");
        if (binText != null) {
            Optional<String> problem = Bin.problem(binText, today);
            if (problem.isPresent()) {
                String key =
                        switch (problem.get()) {
                            case "validation.bin.format" -> "import.refused.binFormat";
                            case "validation.bin.checkDigit" -> "import.refused.binCheckDigit";
                            default -> "import.refused.binInvalid";
                        };
                return refuse(summary, key, binText);
            }
            bin = Bin.of(binText, today);
        }
        Optional<Region> region = reference.region(row.get("region"));
        if (region.isEmpty()) {
            return refuse(summary, "import.refused.unknownRegion", row.get("region"));
        }
        LocalDate registeredOn;
        String dateText = row.get("registered_on");
        if (dateText == null) {
            if (bin == null) {
                return refuse(summary, "import.refused.missing", "registered_on");
            }
            registeredOn = bin.registered(today).atDay(1);
        } else {
            registeredOn = date(dateText);
            if (registeredOn == null) {
                return refuse(summary, "import.refused.dateUnparseable", dateText);
            }
            if (registeredOn.isAfter(today)) {
                return refuse(summary, "import.refused.dateFuture", dateText);
            }
            if (registeredOn.getYear() < 1991) {
                return refuse(summary, "import.refused.dateTooEarly", dateText);
            }
        }
        Optional<LegalForm> form = reference.legalForm(row.get("legal_form"));
        if (form.isEmpty()) {
            return refuse(summary, "import.refused.unknownLegalForm", row.get("legal_form"));
        }
        Set<ActivityArea> areas = new LinkedHashSet<>();
        for (String word : row.get("areas").split("[,;|]")) {
            if (word.isBlank()) {
                continue;
            }
            Optional<ActivityArea> area = reference.area(word);
            if (area.isEmpty()) {
                return refuse(summary, "import.refused.unknownArea", word.strip());
            }
            areas.add(area.get());
        }
        Set<WorkingLanguage> languages = EnumSet.noneOf(WorkingLanguage.class);
        if (row.containsKey("languages")) {
            for (String word : row.get("languages").split("[,;|]")) {
                Optional<WorkingLanguage> l = reference.language(word);
                if (!word.isBlank() && l.isEmpty()) {
                    return refuse(summary, "import.refused.unknownLanguage", word.strip());
                }
                l.ifPresent(languages::add);
            }
        }
        if (!InputCheck.start().email("email", row.get("email")).passed()) {
            return refuse(summary, "import.refused.badEmail", row.get("email"));
        }
        String phone = row.get("phone");
        if (phone != null && phone.length() > 30) {
            return refuse(summary, "import.refused.tooLong", "phone");
        }
        Boolean youth = yesNo(row.get("youth_led"));
        if (row.containsKey("youth_led") && youth == null) {
            return refuse(summary, "import.refused.badYesNo", row.get("youth_led"));
        }
        Integer filingYear = null;
        String yearText = row.get("last_filing_year");
        if (yearText != null) {
            filingYear = yearText.matches("\\d{4}") ? Integer.valueOf(yearText) : null;
            if (filingYear == null
                    || filingYear < registeredOn.getYear()
                    || filingYear >= today.getYear()) {
                return refuse(summary, "import.refused.badFilingYear", yearText);
            }
        }
        LocalizedText name =
                new LocalizedText(row.get("name_kk"), row.get("name_ru"), row.get("name_en"));
        Ngo.Registration registration =
                new Ngo.Registration(
                        name,
                        bin,
                        form.get(),
                        region.get(),
                        row.get("address"),
                        registeredOn,
                        Boolean.TRUE.equals(youth),
                        row.get("email"),
                        phone,
                        areas,
                        languages,
                        Set.of());
        return new Result(
                new Parsed(registration, filingYear, keys(bin, name, region.get())), null);
    }

    /** A row's keys in the file: its BIN, else its names in its region. */
    static List<String> keys(Bin bin, LocalizedText name, Region region) {
        if (bin != null) {
            return List.of("bin:" + bin.digits());
        }
        return List.of(
                "name:" + region.code() + ":" + HeaderMatch.normalise(name.getKk()),
                "name:" + region.code() + ":" + HeaderMatch.normalise(name.getRu()));
    }

    private static Result refuse(String summary, String key, String arg) {
        return new Result(null, RowCheck.refuse(summary, key, arg));
    }

    static LocalDate date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        return null;
    }

    /** Yes or no in any of the three languages (or 1/0, true/false); null when neither. */
    static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        return switch (HeaderMatch.normalise(text)) {
            case "1", "true", "yes", "y", "да", "д", "иә", "ия", "+" -> Boolean.TRUE;
            case "0", "false", "no", "n", "нет", "н", "жоқ", "-" -> Boolean.FALSE;
            default -> null;
        };
    }
}
