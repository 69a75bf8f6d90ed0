package kz.housesofdemocracy.reports.control;

import java.util.Arrays;

/** Twelve months of figures (index 0 = January), as the report keeps them for every place. */
final class Months {

    private Months() {}

    static Figures[] zeros() {
        Figures[] months = new Figures[12];
        Arrays.fill(months, Figures.ZERO);
        return months;
    }

    /** Adds the months of {@code from} into {@code into}, month by month. */
    static void add(Figures[] into, Figures[] from) {
        for (int m = 0; m < 12; m++) {
            into[m] = into[m].plus(from[m]);
        }
    }

    static Figures year(Figures[] months) {
        Figures year = Figures.ZERO;
        for (Figures m : months) {
            year = year.plus(m);
        }
        return year;
    }
}
