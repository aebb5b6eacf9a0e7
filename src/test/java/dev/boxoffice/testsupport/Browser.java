package dev.boxoffice.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium (Debian's chromium + chromedriver) looking at the deployed app. */
public final class Browser implements AutoCloseable {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";

    private final ChromeDriver driver;
    private final URI base;
    private final String name;

    public Browser(URI base, String name) {
        this.base = base;
        this.name = name;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Path.of(System.getProperty("java.io.tmpdir"), "chromium-" + UUID.randomUUID()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public void logIn(User user, String returnTo) {
        open("login.xhtml" + (returnTo == null ? "" : "?returnTo=" + returnTo));
        driver.findElement(By.id("login:username")).sendKeys(user.name());
        driver.findElement(By.id("login:password")).sendKeys(user.password());
        driver.findElement(By.id("login:submit")).click();
        await(d -> d.findElements(By.id("current-user")).stream().anyMatch(e -> e.getText().equals(user.name())),
                Duration.ofSeconds(15));
    }

    /** Opens a show's seat map and waits until the grid is drawn. */
    public void openSeatMap(long showId) {
        open("show.xhtml?id=" + showId);
        await(d -> "true".equals(d.findElement(By.id("seat-map")).getDomAttribute("data-ready")), Duration.ofSeconds(60));
    }

    public WebElement seat(long seatId) {
        return driver.findElement(By.id("seat-" + seatId));
    }

    /** a(vailable), h(eld by someone else), m(ine) or b(ooked), as the page shows it. */
    public String seatState(long seatId) {
        return seat(seatId).getDomAttribute("data-state");
    }

    public void awaitSeatState(long seatId, String state, Duration within) {
        await(d -> state.equals(seatState(seatId)), within);
    }

    public void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** Waits until no PrimeFaces ajax request is queued or running. */
    public void awaitAjaxIdle() {
        await(d -> Boolean.TRUE.equals(script(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && !PrimeFaces.ajax.Queue.xhrs.length;")),
                Duration.ofSeconds(30));
    }

    public <T> T await(Function<WebDriver, T> condition, Duration within) {
        return new WebDriverWait(driver, within, Duration.ofMillis(50)).until(condition::apply);
    }

    public void screenshot(String label) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(label + "-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + label + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Runs a browser scenario; on failure every browser's screen is saved under target/screenshots. */
    public static void recording(String scenario, List<Browser> browsers, ThrowingRunnable body) throws Exception {
        try {
            body.run();
        } catch (Throwable failure) {
            browsers.forEach(b -> b.screenshot(scenario));
            throw failure;
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

}
