package kz.housesofdemocracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputCheckTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@b",
                "no-at.example.kz",
                "two@@example.kz",
                "spa ce@example.kz",
                "<script>@x.kz",
                "a@b.c"
            })
    void refusesMalformedAddresses(String email) {
        assertEquals("validation.email", keys(InputCheck.start().email("email", email)).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aigerim@example.kz", "a.b-c+d@mail.example.org", "ЖАНАР@пошта.қаз"})
    void acceptsOrdinaryAddresses(String email) {
        assertTrue(InputCheck.start().email("email", email).passed());
    }

    @Test
    void collectsEveryFieldOnceAndRefusesAllTogether() {
        InputCheck check =
                InputCheck.start()
                        .text("name", " ", 10)
                        .text("name", "also wrong", 1)
                        .text("title", "x".repeat(11), 10)
                        .text("note", "tab\tok, bell\u0007 not", 100)
                        .optionalText("extra", null, 5);
        Refusal refusal = assertThrows(Refusal.class, check::orRefuse);
        assertEquals(422, refusal.status());
        assertEquals(
                List.of("validation.required", "validation.tooLong", "validation.characters"),
                keysOf(refusal));
        assertEquals(10, refusal.fields().get(1).arguments()[0]);
    }

    @Test
    void scriptTagsAreTextNotAnError() {
        // Markup is escaped wherever it is shown; refusing it would only annoy people.
        assertTrue(InputCheck.start().text("name", "<script>alert(1)</script>", 100).passed());
    }

    private static List<String> keys(InputCheck check) {
        return keysOf(assertThrows(Refusal.class, check::orRefuse));
    }

    private static List<String> keysOf(Refusal refusal) {
        return refusal.fields().stream().map(Refusal.FieldProblem::key).toList();
    }

    @org.junit.jupiter.api.Test
    void aLoneSurrogateIsNotText() {
        assertFalse(InputCheck.start().text("name", "a\ud800b", 50).passed());
        assertFalse(InputCheck.start().text("name", "\udfff", 50).passed());
        assertTrue(
                InputCheck.start().text("name", "Қазақстан \ud83c\uddf0\ud83c\uddff", 50).passed());
    }
}
