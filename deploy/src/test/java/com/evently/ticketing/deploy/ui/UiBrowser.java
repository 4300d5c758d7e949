package com.evently.ticketing.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.evently.ticketing.deploy.InstalledTools;
import com.evently.ticketing.deploy.SharedSuite;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by its chromedriver against the suite's gateway, with what every browser
 * journey needs: opening a page once Alpine has rendered it, typing and clicking once a field is there, and
 * photographing a page at a phone's width and a desktop's into {@code deploy/target/ui-screenshots/} while axe-core
 * collects what it finds serious or critical there. Files the page offers for download land in {@link #downloads()}.
 * Without chromium and chromedriver on the PATH (Debian: {@code apt-get install chromium chromium-driver}, which
 * {@code .ci/run} does) the journeys are skipped: {@link #start} aborts the class's set-up with an assumption.
 */
final class UiBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = SharedSuite.LOG_DIRECTORY.resolveSibling("ui-screenshots");
    private static final Dimension PHONE = new Dimension(360, 800);
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final URI gatewayUrl;
    private final WebDriver driver;
    private final Path downloads;
    private final List<String> accessibilityViolations = new ArrayList<>();

    private UiBrowser(URI gatewayUrl, WebDriver driver, Path downloads) {
        this.gatewayUrl = gatewayUrl;
        this.driver = driver;
        this.downloads = downloads;
    }

    /** @param name names this browser's download folder, {@code deploy/target/ui-downloads/<name>} */
    static UiBrowser start(URI gatewayUrl, String name) throws IOException {
        Path chromium = installed("chromium");
        Path chromedriver = installed("chromedriver");
        Files.createDirectories(SCREENSHOTS);
        Path downloads = SharedSuite.LOG_DIRECTORY.resolveSibling("ui-downloads").resolve(name).toAbsolutePath();
        Files.createDirectories(downloads);
        try (Stream<Path> previous = Files.list(downloads)) {
            for (Path file : previous.toList()) {
                Files.delete(file);
            }
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB",
                        // the scanner page may ask for the camera: a fake one answers instead of a prompt
                        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("download.default_directory", downloads.toString());
        preferences.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", preferences);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(STEP);
        return new UiBrowser(gatewayUrl, driver, downloads);
    }

    private static Path installed(String program) {
        Optional<Path> found = InstalledTools.onPath(program);
        Assumptions.assumeTrue(found.isPresent(), () -> program + " is not on the PATH, so the browser journeys are "
                + "skipped (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
        return found.orElseThrow();
    }

    WebDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    void open(String path) {
        driver.get(gatewayUrl.resolve(path).toString());
        // the page is ready once Alpine has bound its component to the page
        waitFor().until(page -> script(
                "return document.querySelector('[x-data]') && document.querySelector('[x-data]')._x_dataStack !== undefined"));
    }

    /** Signs in through the login page and waits until the page shows the signed-in menu. */
    void logIn(String email, String password) {
        open("/login");
        type(By.id("login-email"), email);
        type(By.id("login-password"), password);
        click(By.id("login-submit"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-logout")));
    }

    WebDriverWait waitFor() {
        return waitFor(STEP);
    }

    WebDriverWait waitFor(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    void type(By field, String value) {
        WebElement input = waitFor().until(ExpectedConditions.visibilityOfElementLocated(field));
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Sets a value the way a person's input would (an input event, which x-model listens to), for controls whose
     * typing differs by browser locale, such as {@code datetime-local}.
     */
    void setValue(WebElement input, String value) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
                input, value);
    }

    void click(By target) {
        waitFor().until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    String text(By target) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(target)).getText().trim();
    }

    /** Whether the element shows the text within the time (false rather than a failure when it does not). */
    boolean shows(By target, String text, Duration within) {
        try {
            waitFor(within).until(ExpectedConditions.textToBePresentInElementLocated(target, text));
            return true;
        } catch (org.openqa.selenium.TimeoutException notYet) {
            return false;
        }
    }

    void awaitText(By target, String text) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(target, text));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The page at a phone's width and at a desktop's, and what axe-core finds serious or critical at either. */
    void photograph(String page) throws IOException {
        for (Map.Entry<String, Dimension> size : Map.of("360", PHONE, "desktop", DESKTOP).entrySet()) {
            driver.manage().window().setSize(size.getValue());
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(page + "-" + size.getKey() + ".png"), png);
            accessibilityViolations.addAll(axeViolations().stream()
                    .map(violation -> page + " at " + size.getKey() + ": " + violation)
                    .toList());
        }
        driver.manage().window().setSize(DESKTOP);
    }

    /** Every serious or critical violation axe-core found on the pages photographed so far, one run's worth. */
    List<String> accessibilityViolations() {
        return List.copyOf(accessibilityViolations);
    }

    @SuppressWarnings("unchecked")
    private List<String> axeViolations() throws IOException {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            // injected through the driver, which the page's Content-Security-Policy does not govern
            script(axeSource());
        }
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                    .then(result => done(result.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)))
                    .catch(error => done([`axe failed: ${error}`]));
                """);
    }

    private static String axeSource() throws IOException {
        try (var script = UiBrowser.class.getResourceAsStream(AXE)) {
            assertThat(script).as("axe-core from its webjar").isNotNull();
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Waits until a download whose name starts so is complete, and reads it. */
    String awaitDownload(String namePrefix) {
        Path file = waitFor().until(page -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(candidate -> candidate.getFileName().toString().startsWith(namePrefix))
                        .filter(candidate -> !candidate.getFileName().toString().endsWith(".crdownload"))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read the download " + file, e);
        }
    }

    /** Ends the browser, leaving what its pages wrote to the console in the test's output for whoever reads a failure. */
    @Override
    public void close() {
        try {
            driver.manage().logs().get(LogType.BROWSER).getAll()
                    .forEach(entry -> System.out.println("browser console " + entry.getLevel() + ": " + entry.getMessage()));
        } catch (RuntimeException noLogs) {
            System.out.println("browser console not readable: " + noLogs.getMessage());
        } finally {
            driver.quit();
        }
    }
}
