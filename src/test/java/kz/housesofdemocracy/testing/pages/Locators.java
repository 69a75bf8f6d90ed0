package kz.housesofdemocracy.testing.pages;

import org.openqa.selenium.By;

/**
 * How the page objects find what has no id of its own: a data table's row by the texts it shows, a
 * control in that row by the stable end of its id (the table numbers its rows into the full id), an
 * element of a row by its class, a checkbox or radio button by its group and value.
 */
final class Locators {

    private Locators() {}

    /**
     * The row of a data table (by the table's stable id) that shows all the given texts, as an
     * XPath to build on.
     */
    static String row(String tableId, String... texts) {
        StringBuilder row = new StringBuilder("//tbody[@id=" + literal(tableId + "_data") + "]/tr");
        if (texts.length > 0) {
            row.append('[');
            for (int i = 0; i < texts.length; i++) {
                row.append(i == 0 ? "" : " and ")
                        .append("contains(., ")
                        .append(literal(texts[i]))
                        .append(')');
            }
            row.append(']');
        }
        return row.toString();
    }

    /** Elements of the page's main part whose own text is exactly this (a message, shown once?). */
    static By showing(String text) {
        return By.xpath("//main//*[normalize-space(text())=" + literal(text.strip()) + "]");
    }

    /** A row of a data table by the texts it shows. */
    static By rowOf(String tableId, String... texts) {
        return By.xpath(row(tableId, texts));
    }

    /**
     * The first control in a row whose id ends with the stable id the page gives it (a table
     * numbers its rows into the full id, so only the last part is stable).
     */
    static By control(String row, String stableId) {
        String suffix = ":" + stableId;
        return By.xpath(
                "("
                        + row
                        + "//*[substring(@id, string-length(@id) - "
                        + (suffix.length() - 1)
                        + ") = "
                        + literal(suffix)
                        + "])[1]");
    }

    /** The first element in a row that carries a class. */
    static By classed(String row, String cssClass) {
        return By.xpath(
                "("
                        + row
                        + "//*[contains(concat(' ', normalize-space(@class), ' '), "
                        + literal(" " + cssClass + " ")
                        + ")])[1]");
    }

    /** One choice of a group of checkboxes or radio buttons, by the group's name and its value. */
    static By choice(String group, String value) {
        return By.xpath("//input[@name=" + literal(group) + " and @value=" + literal(value) + "]");
    }

    /** A text as an XPath string literal, whatever quotes it holds. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
