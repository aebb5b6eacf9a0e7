package dev.boxoffice.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Browser;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.User;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/** The sign-up page and the login page of a locked account, in headless Chromium. */
public class AccountPageScenarios {

    private static final Duration PAGE = Duration.ofSeconds(15);
    private final Api api;

    public AccountPageScenarios(Api api) {
        this.api = api;
    }

    public void signUpFormShowsFieldErrorThenLogsNewUserIn() throws Exception {
        String name = SignUpScenarios.fresh("Webby");
        Browser browser = new Browser(api.base(), "signup");
        Browser.recording("signup", List.of(browser), () -> {
            browser.open("index.xhtml");
            browser.click("signup-link");
            browser.await(d -> !d.findElements(By.id("signup:username")).isEmpty(), PAGE);
            type(browser, "signup:username", name);
            type(browser, "signup:email", name + "@example.org");
            type(browser, "signup:password", "too short");
            browser.click("signup:submit");

            String error = browser.await(d -> textOf(browser, "signup:password-message").contains("10 to 200")
                    ? textOf(browser, "signup:password-message") : null, PAGE);
            assertTrue(error.contains("must be 10 to 200 characters long"), error);
            assertEquals("", textOf(browser, "signup:username-message"), "only the password is wrong");
            assertEquals(0, TestData.scalar("SELECT count(*) FROM account WHERE username = ?", name));
            assertFalse(browser.exists("current-user"));

            assertEquals(name, browser.driver().findElement(By.id("signup:username")).getDomProperty("value"),
                    "the form keeps what was typed");
            type(browser, "signup:password", "long enough password");
            browser.click("signup:submit");
            browser.await(d -> name.equals(textOf(browser, "current-user")), PAGE);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/index.xhtml"), browser.driver().getCurrentUrl());
            assertEquals(1, TestData.scalar("SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id"
                    + " WHERE a.username = ? AND r.role = 'user'", name));
        });
    }

    public void lockedAccountLoginPageSaysHowLongToWait() throws Exception {
        User user = TestData.user("locked-web");
        User wrong = new User(user.name(), "not-the-password");
        for (int attempt = 0; attempt < 5; attempt++) {
            api.get("api/me", wrong);
        }
        assertEquals(429, api.get("api/me", user).status());
        Browser browser = new Browser(api.base(), "locked");
        Browser.recording("locked-login", List.of(browser), () -> {
            browser.open("login.xhtml");
            type(browser, "login:username", user.name());
            type(browser, "login:password", user.password());
            browser.click("login:submit");
            String message = browser.await(d -> textOf(browser, "messages").contains("Account locked")
                    ? textOf(browser, "messages") : null, PAGE);
            assertTrue(message.contains("Account locked, try again in 5 minutes."), message);
            assertFalse(browser.exists("current-user"), "not logged in with the right password while locked");
        });
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** The element's text, or "" while it is missing or the page is being replaced. */
    private static String textOf(Browser browser, String id) {
        try {
            List<WebElement> found = browser.driver().findElements(By.id(id));
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (WebDriverException pageChanging) {
            return "";
        }
    }
}
