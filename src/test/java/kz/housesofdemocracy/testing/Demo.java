package kz.housesofdemocracy.testing;

import kz.housesofdemocracy.demo.DemoPeople;

/** The demo accounts the test server creates (hod.demo=true), one per role. */
public enum Demo {
    ADMIN("admin"),
    APPROVER_ASTANA("approver.astana"),
    APPROVER_ALMATY("approver.almaty"),
    MANAGER_ASTANA("manager.astana"),
    MANAGER_ALMATY("manager.almaty"),
    NGO("ngo");

    private final String login;

    Demo(String login) {
        this.login = login;
    }

    public String email() {
        return login + DemoPeople.DOMAIN;
    }

    public static String password() {
        return DemoPeople.PASSWORD;
    }

    /** A unique address for an account a test creates. */
    public static String freshEmail(String what) {
        return what + "." + System.nanoTime() + "@example.kz";
    }
}
