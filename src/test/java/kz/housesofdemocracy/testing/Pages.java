package kz.housesofdemocracy.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Checks on what a page shows a person. */
public final class Pages {

    private Pages() {}

    /** No Java stack trace or exception class name reaches the page. */
    public static void assertNoStackTrace(String body) {
        for (String marker :
                new String[] {
                    "java.lang.",
                    ".java:",
                    "at kz.housesofdemocracy",
                    "Caused by",
                    "IllegalStateException"
                }) {
            assertFalse(body.contains(marker), "the page shows technical detail: " + marker);
        }
    }
}
