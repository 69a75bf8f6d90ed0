package kz.housesofdemocracy.imports.control;

import java.util.List;
import kz.housesofdemocracy.imports.entity.ImportField;

/**
 * The columns of a file of running leases: each field's key (its label is the bundle key {@code
 * import.field.<key>}) and the headers in Kazakh, Russian and English that name it.
 */
final class LeaseRowsFields {

    static final String OFFICE = "leaseOffice";
    static final String BIN = "leaseBin";
    static final String STARTS_ON = "leaseStartsOn";
    static final String ENDS_ON = "leaseEndsOn";
    static final String COUNCIL_NUMBER = "leaseCouncilNumber";
    static final String COUNCIL_DATE = "leaseCouncilDate";
    static final String PAID_THROUGH = "leasePaidThrough";
    static final String PAID_AMOUNT = "leasePaidAmount";
    static final String MONTHLY_PAYMENT = "leaseMonthlyPayment";
    static final String STAFF = "leaseStaffCount";
    static final String PURPOSE = "leasePurpose";

    static final List<ImportField> ALL =
            List.of(
                    ImportField.required(
                            OFFICE, "office", "кеңсе", "офис", "кабинет", "номер", "number", "№"),
                    ImportField.required(BIN, "bin", "бсн", "бин"),
                    ImportField.required(
                            STARTS_ON,
                            "starts_on",
                            "start",
                            "басталуы",
                            "басталу күні",
                            "начало",
                            "дата начала"),
                    ImportField.required(
                            ENDS_ON,
                            "ends_on",
                            "end",
                            "аяқталуы",
                            "аяқталу күні",
                            "окончание",
                            "дата окончания"),
                    ImportField.required(
                            COUNCIL_NUMBER,
                            "council_number",
                            "council decision",
                            "кеңес шешімі",
                            "шешім нөмірі",
                            "решение совета",
                            "номер решения"),
                    ImportField.required(
                            COUNCIL_DATE,
                            "council_date",
                            "council date",
                            "шешім күні",
                            "дата решения"),
                    ImportField.optional(
                            PAID_THROUGH,
                            "paid_through",
                            "paid through",
                            "төленген мерзім",
                            "оплачено по"),
                    ImportField.optional(
                            PAID_AMOUNT,
                            "paid_amount",
                            "paid",
                            "төленген сома",
                            "оплачено",
                            "сумма оплаты"),
                    ImportField.optional(
                            MONTHLY_PAYMENT,
                            "monthly_payment",
                            "monthly payment",
                            "айлық төлем",
                            "ежемесячный платеж",
                            "ежемесячный платёж"),
                    ImportField.optional(
                            STAFF, "staff_count", "staff", "қызметкерлер саны", "сотрудников"),
                    ImportField.optional(PURPOSE, "purpose", "мақсаты", "цель"));

    private LeaseRowsFields() {}
}
