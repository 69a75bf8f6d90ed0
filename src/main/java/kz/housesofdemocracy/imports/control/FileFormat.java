package kz.housesofdemocracy.imports.control;

import java.nio.charset.Charset;

/** How a stored file is read: CSV with its charset and delimiter, or the first sheet of an XLSX. */
public record FileFormat(String type, Charset charset, char delimiter) {

    public static final String CSV = "CSV";
    public static final String XLSX = "XLSX";

    public static FileFormat xlsx() {
        return new FileFormat(XLSX, null, ',');
    }

    public static FileFormat csv(Charset charset, char delimiter) {
        return new FileFormat(CSV, charset, delimiter);
    }

    public boolean isCsv() {
        return CSV.equals(type);
    }
}
