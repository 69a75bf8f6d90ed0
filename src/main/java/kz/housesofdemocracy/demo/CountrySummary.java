package kz.housesofdemocracy.demo;

/**
 * What the start-up banner says about the country once {@link CountryData} has written or found it
 * (kept out of the bean: an enterprise bean should have no static methods).
 */
final class CountrySummary {

    private static volatile String line;

    private CountrySummary() {}

    static void set(String summary) {
        line = summary;
    }

    /** The counts and how they came to be; null when the country is not loaded. */
    static String line() {
        return line;
    }
}
