package kz.housesofdemocracy.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonShapeTest {

    record Share(Integer percent) {}

    record Slot(LocalDateTime start, long roomId) {}

    record Request(
            int count,
            BigDecimal amount,
            LocalDate on,
            Instant at,
            String text,
            List<Slot> slots,
            Map<String, String> name) {}

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static Refusal.FieldProblem onlyProblem(Class<?> type, String body) {
        Refusal refusal =
                assertThrows(
                        Refusal.class, () -> JsonShape.check(type, json(body)).orRefuse(), body);
        assertEquals(422, refusal.status());
        assertEquals(1, refusal.fields().size(), body);
        return refusal.fields().get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4294967346",
                "2147483648",
                "-2147483649",
                "9223372036854775808",
                "1e308",
                "1E2",
                "0.5",
                "99.99",
                "50.0",
                "\"50\"",
                "true",
                "[50]",
                "{\"v\":50}"
            })
    void aPercentThatIsNotAnIntIsRefusedNamingTheField(String value) {
        var problem = onlyProblem(Share.class, "{\"percent\":" + value + "}");
        assertEquals("percent", problem.field());
        assertEquals("validation.number.whole", problem.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "50", "100", "-3", "2147483647", "null"})
    void wholeNumbersThatFitPass(String value) {
        assertTrue(JsonShape.check(Share.class, json("{\"percent\":" + value + "}")).passed());
    }

    @Test
    void aFullRequestThatIsRightPasses() {
        String body =
                """
                {"count": 3, "amount": 1500.50, "on": "2026-12-31", "at": "2027-01-01T10:00:00Z",
                 "text": "Қазақстан 🇰🇿", "slots": [{"start": "2027-01-05T10:00", "roomId": 7}],
                 "name": {"kk": "Бөлме", "en": "Room"}, "unknown": [1, 2.5, "x"]}
                """;
        assertTrue(JsonShape.check(Request.class, json(body)).passed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"+999999-01-01\"", "\"1899-12-31\"", "\"2101-01-01\""})
    void datesOutOfBoundsAreRefused(String value) {
        var problem = onlyProblem(Request.class, "{\"on\":" + value + "}");
        assertEquals("on", problem.field());
        assertEquals("validation.date.range", problem.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-02-30\"", "\"31.01.2026\"", "20260101"})
    void datesThatAreNoDatesAreRefused(String value) {
        assertEquals(
                "validation.date.form", onlyProblem(Request.class, "{\"on\":" + value + "}").key());
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        var problem =
                onlyProblem(
                        Request.class,
                        "{\"slots\":[{\"start\":\"2027-01-05T10:00\",\"roomId\":1},"
                                + "{\"start\":\"+999999-01-05T10:00\",\"roomId\":1}]}");
        assertEquals("slots[1].start", problem.field());
        assertEquals(
                "slots[0].roomId",
                onlyProblem(Request.class, "{\"slots\":[{\"roomId\":0.5}]}").field());
        assertEquals(
                "at",
                onlyProblem(Request.class, "{\"at\":\"+1000000000-01-01T00:00:00Z\"}").field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "1e15", "0.1234567", "\"12\"", "-1e20"})
    void decimalsOutOfBoundsAreRefused(String value) {
        var problem = onlyProblem(Request.class, "{\"amount\":" + value + "}");
        assertEquals("amount", problem.field());
        assertEquals("validation.number.decimal", problem.key());
    }

    @Test
    void loneSurrogatesAreRefusedWhereverTheyAre() {
        assertEquals("text", onlyProblem(Request.class, "{\"text\":\"a\\ud800b\"}").field());
        assertEquals(
                "name.kk", onlyProblem(Request.class, "{\"name\":{\"kk\":\"\\udc00\"}}").field());
        assertEquals(
                "unknown[0]", onlyProblem(Request.class, "{\"unknown\":[\"\\ud83c\"]}").field());
        assertEquals(
                "validation.characters",
                onlyProblem(Request.class, "{\"text\":\"\\ud800\"}").key());
    }

    @Test
    void aWholeBodyOfTheWrongKindIsNamedBody() {
        assertEquals("body", onlyProblem(Integer.class, "1.5").field());
    }

    @Test
    void onlyOurTypesAndCollectionsAreChecked() {
        assertTrue(JsonShape.ours(Share.class));
        assertTrue(JsonShape.ours(List.class));
        assertTrue(!JsonShape.ours(String.class));
        assertTrue(!JsonShape.ours(byte[].class));
        assertTrue(!JsonShape.ours(Integer.class));
    }
}
