package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;

/** An NGO's booked minutes and money (bookings and leases together) in a report's year. */
public record NgoMoney(long minutes, BigDecimal market, BigDecimal payments, BigDecimal subsidy) {}
