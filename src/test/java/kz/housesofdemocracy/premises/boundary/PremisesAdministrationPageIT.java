package kz.housesofdemocracy.premises.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Images;
import kz.housesofdemocracy.testing.pages.AdminHousesPage;
import kz.housesofdemocracy.testing.pages.HousePage;
import kz.housesofdemocracy.testing.pages.RoomPage;
import kz.housesofdemocracy.testing.pages.StaffHousePage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** In Chromium: a House opened in Shymkent, a room with a photo, the public page in Kazakh. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PremisesAdministrationPageIT {

    @ArquillianResource private URL base;

    @Test
    void openAHouseInShymkentAddARoomWithAPhotoAndSeeItInKazakh() throws Exception {
        Path photo = Files.createTempFile("room-", ".png");
        Files.write(photo, Images.png(1200, 800));
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            StaffHousePage house =
                    AdminHousesPage.open(browser, base)
                            .openHouse(
                                    "KZ-79",
                                    "Шымкент Демократия үйі",
                                    "Дом демократии Шымкента",
                                    "Шымкент қ., Тәуке хан даңғылы, 5");
            assertEquals(Bundle.text("kk", "houses.opened"), browser.messages());
            assertEquals("Шымкент Демократия үйі", house.name());
            String houseId = browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

            // The subsidy share of the new House: 100 % by default, a wrong value refused.
            AdminHousesPage houses = AdminHousesPage.open(browser, base);
            assertEquals("100", houses.subsidy(houseId));
            houses.saveSubsidy(houseId, "150");
            assertEquals(Bundle.text("kk", "validation.percent"), browser.messages());
            houses = AdminHousesPage.open(browser, base);
            assertEquals("100", houses.subsidy(houseId), "nothing changed");
            houses.saveSubsidy(houseId, "80");
            assertEquals(Bundle.text("kk", "houses.subsidySaved"), browser.messages());
            assertEquals("80", AdminHousesPage.open(browser, base).subsidy(houseId));
            house = StaffHousePage.open(browser, base, houseId);

            // A room: a refusal first (no name, capacity 0), then the real one.
            RoomPage room = house.addRoom().kind("MEETING_ROOM").capacity(0).save();
            assertEquals(Bundle.text("kk", "validation.texts.required"), room.nameError("kk"));
            assertTrue(room.capacityError().startsWith("Сыйымдылығы 1-ден"));

            room.name("kk", "«Тұран» келіссөз бөлмесі")
                    .name("en", "Turan meeting room")
                    .capacity(18)
                    .hourlyRate("6500")
                    .equipment("projector")
                    .stepFree()
                    .save();
            assertEquals(Bundle.text("kk", "room.added"), browser.messages());

            room =
                    house.room("«Тұран» келіссөз бөлмесі")
                            .uploadPhoto(photo, "kk", "Терезесі үлкен жарық бөлме");
            assertEquals(Bundle.text("kk", "photo.added"), room.photoMessages());
            assertEquals("Терезесі үлкен жарық бөлме", room.firstPhotoAlt());

            // A script renamed .jpg is refused next to the file field.
            Path script = Files.createTempFile("evil-", ".jpg");
            Files.write(script, Images.scriptNamedJpg());
            room.uploadPhoto(script);
            assertEquals(Bundle.text("kk", "validation.photo.type"), room.uploadError());

            // The public page, in Kazakh, shows the room with its photo.
            HousePage publicPage = room.backToHouse().publicPage();
            assertEquals("kk", browser.htmlLang());
            assertEquals("Шымкент Демократия үйі", publicPage.name());
            String rooms = publicPage.rooms();
            assertTrue(
                    rooms.contains("«Тұран» келіссөз бөлмесі")
                            && rooms.contains("Келіссөз бөлмесі")
                            && rooms.contains("Проектор"),
                    rooms);
            assertEquals("Терезесі үлкен жарық бөлме", publicPage.firstRoomPhotoAlt());
            assertEquals(1200, publicPage.firstRoomPhotoWidth(), "the photo is served and decodes");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void aManagerOfOneHouseCannotOpenAnothersPages() {
        try (Browser browser = Browser.withLanguages("en")) {
            browser.signIn(base.toString(), Demo.MANAGER_ALMATY.email(), Demo.password());
            StaffHousePage.open(browser, base, "1");
            assertEquals(Bundle.text("en", "error.forbidden.title"), browser.heading());
            browser.open(base + "staff/room.xhtml?id=1");
            assertEquals(Bundle.text("en", "error.forbidden.title"), browser.heading());
            assertEquals(
                    "House of Democracy, Almaty", StaffHousePage.open(browser, base, "2").name());
        }
    }

    @Test
    void theHousePagesOfStaffAndAdminFitAPhone() {
        try (Browser browser = Browser.withLanguages("ru")) {
            browser.windowSize(360, 800);
            browser.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            AdminHousesPage.open(browser, base);
            assertEquals(0L, browser.sidewaysOverflow(), "admin/houses is wider than 360 px");
            StaffHousePage house = StaffHousePage.open(browser, base, "1");
            assertTrue(house.name().length() > 0);
            assertTrue(
                    browser.count(By.cssSelector("[id='rooms:roomTable'] tbody tr")) > 1,
                    "the House has rooms to show");
            assertEquals(0L, browser.sidewaysOverflow(), "staff/house is wider than 360 px");
        }
    }
}
