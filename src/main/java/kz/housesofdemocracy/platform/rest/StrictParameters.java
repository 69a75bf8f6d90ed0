package kz.housesofdemocracy.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.housesofdemocracy.platform.AsciiDigits;
import kz.housesofdemocracy.platform.DateBounds;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;

/**
 * Query and path parameters get the same strictness as JSON bodies, before any resource parses
 * them: no half surrogate pairs, no digits of other scripts in a number (Java reads "١٢" as 12),
 * and no date outside {@link DateBounds} ("+999999-01-01" parses as a LocalDate). Refused with 422
 * naming the parameter.
 */
@Provider
public class StrictParameters implements ContainerRequestFilter {

    /** What a date or a date-time begins with, a year of any length and sign included. */
    private static final Pattern DATE = Pattern.compile("^([+-]?\\d+)-\\d\\d-\\d\\d");

    /** A value that is meant as a number: digits of any script, perhaps a sign and spaces. */
    private static final Pattern NUMBER = Pattern.compile("^\\s*[+-]?\\s*\\p{Nd}+\\s*$");

    @Override
    public void filter(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        boolean oddPath =
                uri.getPathSegments().stream().anyMatch(s -> !s.getMatrixParameters().isEmpty())
                        || oddValue(uri.getPathParameters());
        if (oddPath) {
            // "1;x", "١" or a year 99999 in a path names nothing here: the same 404 as any other
            // unknown id (a path is an address, not input to correct field by field).
            throw Refusal.notFound("problem.notFound.detail");
        }
        InputCheck check = InputCheck.start();
        check(check, uri.getQueryParameters());
        check.orRefuse();
    }

    private static boolean oddValue(MultivaluedMap<String, String> path) {
        for (Map.Entry<String, List<String>> parameter : path.entrySet()) {
            for (String value : parameter.getValue()) {
                if (AsciiDigits.hasForeignDigit(value)
                        || problem(parameter.getKey(), value).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void check(InputCheck check, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                problem(parameter.getKey(), value)
                        .ifPresent(key -> check.problem(parameter.getKey(), key, arguments(key)));
            }
        }
    }

    /** The message key of what is wrong with one parameter's value, if anything. */
    static java.util.Optional<String> problem(String name, String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        if (InputCheck.hasLoneSurrogate(name) || InputCheck.hasLoneSurrogate(value)) {
            return java.util.Optional.of("validation.characters");
        }
        if (NUMBER.matcher(value).matches() && AsciiDigits.hasForeignDigit(value)) {
            return java.util.Optional.of("validation.number.digits");
        }
        Matcher date = DATE.matcher(value.strip());
        if (date.find() && !yearWithin(date.group(1))) {
            return java.util.Optional.of("validation.date.range");
        }
        return java.util.Optional.empty();
    }

    private static boolean yearWithin(String year) {
        String digits = year.startsWith("+") || year.startsWith("-") ? year.substring(1) : year;
        return !year.startsWith("-")
                && AsciiDigits.only(digits, 9)
                && DateBounds.yearWithin(Long.parseLong(digits));
    }

    private static Object[] arguments(String key) {
        return "validation.date.range".equals(key)
                ? new Object[] {DateBounds.FIRST_YEAR, DateBounds.LAST_YEAR}
                : new Object[0];
    }
}
