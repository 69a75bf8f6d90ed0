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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
            browser.open(base + "admin/houses.xhtml");
            browser.select(By.id("open:regionCode"), "KZ-79");
            browser.type(By.id("open:name_kk"), "Шымкент Демократия үйі");
            browser.type(By.id("open:name_ru"), "Дом демократии Шымкента");
            browser.type(By.id("open:address_kk"), "Шымкент қ., Тәуке хан даңғылы, 5");
            browser.clickAndWait(By.id("open:submit"));
            assertEquals(Bundle.text("kk", "houses.opened"), browser.messages());
            assertEquals("Шымкент Демократия үйі", browser.text(By.id("house-name")));
            String houseId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

            // The subsidy share of the new House: 100 % by default, a wrong value refused.
            browser.open(base + "admin/houses.xhtml");
            By share =
                    By.xpath(
                            "//tr[.//a[contains(@href, 'id="
                                    + houseId
                                    + "')]]//input[contains(@id, 'subsidy')]");
            By save =
                    By.xpath(
                            "//tr[.//a[contains(@href, 'id="
                                    + houseId
                                    + "')]]//button[contains(@id, 'saveSubsidy')]");
            assertEquals("100", browser.find(share).getAttribute("value"));
            browser.type(share, "150");
            browser.clickAjax(save);
            assertEquals(Bundle.text("kk", "validation.percent"), browser.messages());
            browser.open(base + "admin/houses.xhtml");
            assertEquals("100", browser.find(share).getAttribute("value"), "nothing changed");
            browser.type(share, "80");
            browser.clickAjax(save);
            assertEquals(Bundle.text("kk", "houses.subsidySaved"), browser.messages());
            browser.open(base + "admin/houses.xhtml");
            assertEquals("80", browser.find(share).getAttribute("value"));
            browser.open(base + "staff/house.xhtml?id=" + houseId);

            // A room: a refusal first (no name, capacity 0), then the real one.
            browser.clickAndWait(By.id("rooms:addRoom"));
            browser.select(By.id("room:kind"), "MEETING_ROOM");
            browser.type(By.id("room:capacity_input"), "0");
            browser.clickAndWait(By.id("room:save"));
            assertEquals(
                    Bundle.text("kk", "validation.texts.required"),
                    browser.text(By.id("room:name_kk-error")));
            assertTrue(browser.text(By.id("room:capacity-error")).startsWith("Сыйымдылығы 1-ден"));

            browser.type(By.id("room:name_kk"), "«Тұран» келіссөз бөлмесі");
            browser.type(By.id("room:name_en"), "Turan meeting room");
            browser.type(By.id("room:capacity_input"), "18");
            browser.type(By.id("room:hourlyRateKzt_input"), "6500");
            browser.check(By.xpath("//input[@type='checkbox' and @value='projector']"));
            browser.check(By.id("room:stepFree"));
            browser.clickAndWait(By.id("room:save"));
            assertEquals(Bundle.text("kk", "room.added"), browser.messages());

            browser.clickAndWait(By.linkText("«Тұран» келіссөз бөлмесі"));
            browser.find(By.id("photos:upload")).sendKeys(photo.toString());
            browser.type(By.id("photos:alt_kk"), "Терезесі үлкен жарық бөлме");
            browser.clickAndWait(By.id("photos:uploadButton"));
            assertEquals(
                    Bundle.text("kk", "photo.added"), browser.text(By.id("photos:photoMessages")));
            WebElement thumbnail = browser.find(By.cssSelector("#photoList img"));
            assertEquals("Терезесі үлкен жарық бөлме", thumbnail.getAttribute("alt"));

            // A script renamed .jpg is refused next to the file field.
            Path script = Files.createTempFile("evil-", ".jpg");
            Files.write(script, Images.scriptNamedJpg());
            browser.find(By.id("photos:upload")).sendKeys(script.toString());
            browser.clickAndWait(By.id("photos:uploadButton"));
            assertEquals(
                    Bundle.text("kk", "validation.photo.type"),
                    browser.text(By.id("photos:upload-error")));

            // The public page, in Kazakh, shows the room with its photo.
            browser.clickAndWait(By.id("backToHouse"));
            browser.clickAndWait(By.id("publicPage"));
            assertEquals("kk", browser.htmlLang());
            assertEquals("Шымкент Демократия үйі", browser.text(By.id("house-name")));
            String rooms = browser.text(By.id("room-table"));
            assertTrue(
                    rooms.contains("«Тұран» келіссөз бөлмесі")
                            && rooms.contains("Келіссөз бөлмесі")
                            && rooms.contains("Проектор"),
                    rooms);
            WebElement image = browser.find(By.cssSelector("#room-table img"));
            assertEquals("Терезесі үлкен жарық бөлме", image.getAttribute("alt"));
            Number loaded =
                    (Number)
                            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                    .executeScript("return arguments[0].naturalWidth;", image);
            assertEquals(1200, loaded.intValue(), "the photo is served and decodes");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void aManagerOfOneHouseCannotOpenAnothersPages() {
        try (Browser browser = Browser.withLanguages("en")) {
            browser.signIn(base.toString(), Demo.MANAGER_ALMATY.email(), Demo.password());
            browser.open(base + "staff/house.xhtml?id=1");
            assertEquals(
                    Bundle.text("en", "error.forbidden.title"), browser.text(By.tagName("h1")));
            browser.open(base + "staff/room.xhtml?id=1");
            assertEquals(
                    Bundle.text("en", "error.forbidden.title"), browser.text(By.tagName("h1")));
            browser.open(base + "staff/house.xhtml?id=2");
            assertEquals("House of Democracy, Almaty", browser.text(By.id("house-name")));
        }
    }
}
