package org.chrysalis.itests.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web console in a real headless Chromium against the assembled distribution, booted once:
 * sign-in, the overview's charts from demo data, acting on an incident, capability management
 * with the navigation following it, what a non-administrator sees, and the overview's load time.
 * Screenshots of every page go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Grid centres of the demo district, one incident reported in each. */
    private static final double[][] POINTS = {
        {36.54, 103.7367}, {36.58, 103.7367}, {36.54, 103.77}, {36.58, 103.77}, {36.54, 103.8033}, {36.54, 103.7367}};

    private static KarafDistribution karaf;
    private static ChromeDriver browser;
    private static Path screenshots;
    private static Path profile;
    private static long reportedIncident;

    @BeforeAll
    static void boot() throws IOException {
        karaf = KarafDistribution.boot();
        screenshots = Files.createDirectories(Path.of(System.getProperty("console.screenshots", "target/screenshots")));
        profile = Files.createTempDirectory("console-chromium");
        // Debian's Chromium and its driver, named explicitly so Selenium never tries to download one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--user-data-dir=" + profile, "--lang=zh-CN");
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1440, 1000));
        // the demo district has grids but no incidents yet: citizens' reports, as a dispatcher files them
        for (double[] point : POINTS) {
            Response reported = karaf.as("dispatcher").post("/api/v1/grid/incidents", String.format(
                    "{\"category\":\"road-damage\",\"description\":\"路面破损\",\"latitude\":%s,\"longitude\":%s}", point[0], point[1]));
            assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
            reportedIncident = reported.json().path("incident").path("id").asLong();
        }
    }

    @AfterAll
    static void shutdown() {
        if (browser != null) {
            browser.quit();
        }
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    @Order(1)
    void wrongPasswordShowsTheFormsErrorAndNoBrowserDialog() throws Exception {
        open("/console/");
        signIn("admin", "wrong");
        WebElement error = waitFor(By.id("login-error"));
        waitUntil(() -> error.isDisplayed() && !error.getText().isBlank());
        assertThat(error.getText()).isEqualTo("用户名或密码错误");
        assertThat(browser.findElement(By.id("app-view")).isDisplayed()).isFalse();

        // the page's requests get no Basic challenge (which opens the browser's dialog); curl still does
        assertThat(challenge(Map.of("X-Requested-With", "XMLHttpRequest"))).isNull();
        assertThat(challenge(Map.of())).startsWith("Basic");
    }

    @Test
    @Order(2)
    void overviewShowsChartsFromTheDemoData() throws Exception {
        signIn("admin", "admin");
        waitFor(By.cssSelector("#overview[data-rendered]"));
        Map<String, Integer> points = chartPoints();
        System.out.println("Overview charts (data points): " + points);
        assertThat(points).containsKeys("grid-status", "grid-grids", "mediation", "deliberation", "campaigns", "parking-now");
        for (String chart : List.of("grid-status", "grid-grids", "deliberation", "campaigns", "parking-now")) {
            assertThat(points.get(chart)).as(chart).isPositive();
            assertThat(browser.findElements(By.cssSelector("[data-chart='" + chart + "'] canvas"))).as(chart).isNotEmpty();
        }
        assertThat(text("#who")).isEqualTo("admin");
        screenshot("overview");
    }

    @Test
    @Order(3)
    void overviewLoadsInUnderOneSecond() {
        // a fresh load, signed in: the page, its modules, ECharts, the API calls and the charts drawn
        // (a reload: going to another #fragment of the same page would not load anything)
        navigate("overview");
        browser.navigate().refresh();
        waitFor(By.cssSelector("#overview[data-rendered]"));
        JavascriptExecutor js = browser;
        double rendered = ((Number) js.executeScript("return window.consoleTimings.overviewRendered")).doubleValue();
        double domLoaded = ((Number) js.executeScript(
                "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")).doubleValue();
        System.out.printf("Overview load: DOMContentLoaded %.0f ms, charts rendered %.0f ms after navigation start%n",
                domLoaded, rendered);
        assertThat(rendered).isLessThan(1000);
    }

    @Test
    @Order(4)
    void dispatcherAcceptsAndDispatchesAnIncidentThroughThePage() {
        navigate("incidents");
        waitFor(By.cssSelector("#incidents-table"));
        new Select(browser.findElement(By.id("f-status"))).selectByValue("REPORTED");
        browser.findElement(By.id("f-apply")).click();
        click(By.cssSelector("#incidents-table button[data-open='" + reportedIncident + "']"));
        click(By.cssSelector("#incident-detail button[data-act='ACCEPT']"));
        waitUntil(() -> text("#incident-detail [data-field='col.status']").equals("已受理"));
        assertThat(karaf.as("admin").get("/api/v1/grid/incidents/" + reportedIncident).json().path("status").asText())
                .isEqualTo("ACCEPTED");

        new Select(waitFor(By.id("act-department"))).selectByValue("ZJ");
        click(By.cssSelector("#incident-detail button[data-act='DISPATCH']"));
        waitUntil(() -> text("#incident-detail [data-field='col.status']").equals("已派遣"));
        JsonNode incident = karaf.as("admin").get("/api/v1/grid/incidents/" + reportedIncident).json();
        assertThat(incident.path("status").asText()).isEqualTo("DISPATCHED");
        assertThat(incident.path("departmentCode").asText()).isEqualTo("ZJ");
        screenshot("incidents");
    }

    @Test
    @Order(5)
    void uninstallAndReinstallFromTheManagementPageAndTheNavigationFollows() {
        navigate("management");
        WebElement uninstall = waitFor(By.cssSelector("button[data-action='uninstall'][data-feature='chrysalis-mediation']"));
        screenshot("management");
        uninstall.click();
        waitFor(By.cssSelector("#job .job.done"));
        assertThat(text("#job")).contains("chrysalis-mediation");
        waitUntil(() -> browser.findElements(By.id("nav-mediation")).isEmpty());
        assertThat(karaf.as("admin").get("/api/v1/platform/capabilities").body()).doesNotContain("\"mediation\"");

        // the overview without it: no error, no mediation card
        navigate("overview");
        waitFor(By.cssSelector("#overview[data-rendered]"));
        waitUntil(() -> browser.findElements(By.cssSelector("[data-card='mediation']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("main .error"))).isEmpty();

        navigate("management");
        click(By.cssSelector("button[data-action='install'][data-feature='chrysalis-mediation']"));
        waitFor(By.cssSelector("#job .job.done"));
        waitFor(By.id("nav-mediation"));
        navigate("mediation");
        waitFor(By.cssSelector("#list-table"));
        screenshot("mediation");
    }

    @Test
    @Order(6)
    void campaignOfficeStartsARectificationTaskFromItsList() {
        navigate("campaigns");
        new Select(waitFor(By.id("l-state"))).selectByValue("OPEN");
        click(By.cssSelector("#main form button[type='submit']"));
        // the filtered list is in when every status cell says open (待整改)
        waitUntil(() -> {
            List<WebElement> states = browser.findElements(By.cssSelector("#list-table tbody tr[data-id] td:nth-child(5)"));
            return !states.isEmpty() && states.stream().allMatch(cell -> cell.getText().equals("待整改"));
        });
        click(By.cssSelector("#list-table tbody tr[data-id] button"));
        String task = waitFor(By.cssSelector("#list-detail[data-id]")).getAttribute("data-id");
        click(By.cssSelector("#list-detail button[data-act='START']"));
        waitUntil(() -> text("#list-detail [data-field='statusLabel']").equals("整改中"));
        assertThat(karaf.as("admin").get("/api/v1/campaigns/tasks/" + task).json().path("status").asText())
                .isEqualTo("IN_RECTIFICATION");
        screenshot("campaigns-task");
    }

    @Test
    @Order(7)
    void everyPageRendersAndSwitchesToEnglish() {
        navigate("map");
        waitUntil(() -> Integer.parseInt(attribute("#map-chart", "data-points", "0")) > 0);
        screenshot("map");
        navigate("audit");
        waitFor(By.cssSelector("#audit-table"));
        browser.findElement(By.id("a-user")).sendKeys("dispatcher");
        browser.findElement(By.id("a-capability")).sendKeys("grid");
        browser.findElement(By.id("a-apply")).click();
        waitUntil(() -> browser.findElements(By.cssSelector("#audit-table tbody tr td:nth-child(2)")).stream()
                .allMatch(cell -> cell.getText().equals("dispatcher"))
                && !browser.findElements(By.cssSelector("#audit-table tbody tr td:nth-child(2)")).isEmpty());
        screenshot("audit");
        for (String page : List.of("deliberation", "campaigns", "parking")) {
            navigate(page);
            waitFor(By.cssSelector("#list-table tbody tr[data-id]"));
            screenshot(page);
        }

        click(By.cssSelector("header .lang-toggle"));
        waitUntil(() -> text("#nav-overview").equals("Overview"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        navigate("incidents");
        // labels from the API follow the console's language (Accept-Language)
        waitUntil(() -> browser.findElements(By.cssSelector("#incidents-table .status")).stream()
                .anyMatch(cell -> cell.getText().equals("Dispatched")));
        screenshot("incidents-en");
        click(By.cssSelector("header .lang-toggle"));
        waitUntil(() -> text("#nav-overview").equals("总览"));
    }

    @Test
    @Order(8)
    void aDispatcherSeesNoManagementAndTheApiRefusesThem() {
        click(By.id("logout"));
        signIn("dispatcher", "dispatcher");
        waitFor(By.id("nav-incidents"));
        assertThat(browser.findElements(By.id("nav-management"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-audit"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-mediation"))).isEmpty();

        // typing the address does not open it either
        browser.navigate().to(karaf.baseUri().resolve("/console/#/management").toString());
        waitUntil(() -> text("#notice").equals("当前账号无权访问此页面。"));
        waitUntil(() -> "overview".equals(attribute("main", "data-page", "")));
        assertThat(browser.findElements(By.cssSelector("#capability-features"))).isEmpty();
        screenshot("dispatcher-overview");

        assertThat(karaf.as("dispatcher").get("/api/v1/platform/features").status()).isEqualTo(403);
        assertThat(karaf.as("dispatcher").post("/api/v1/platform/features/chrysalis-grid/uninstall", null).status()).isEqualTo(403);
        JsonNode me = karaf.as("dispatcher").get("/api/v1/platform/me").json();
        assertThat(me.path("user").asText()).isEqualTo("dispatcher");
        assertThat(me.path("roles").toString()).contains("dispatcher").doesNotContain("admin");
    }

    // --- helpers

    private static void open(String path) {
        browser.get(karaf.baseUri().resolve(path).toString());
    }

    private static void navigate(String page) {
        click(By.id("nav-" + page));
        waitUntil(() -> page.equals(attribute("main", "data-page", "")));
    }

    private static void signIn(String user, String password) {
        WebElement name = waitFor(By.id("login-user"));
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.findElement(By.id("login-password"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks what the locator finds, again if the page redrew it between finding and clicking. */
    private static void click(By locator) {
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).ignoring(RuntimeException.class).until(driver -> condition.getAsBoolean());
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static String attribute(String css, String name, String otherwise) {
        String value = browser.findElement(By.cssSelector(css)).getAttribute(name);
        return value == null ? otherwise : value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> chartPoints() {
        Map<String, Object> raw = (Map<String, Object>) browser.executeScript(
                "const out = {}; document.querySelectorAll('#overview [data-chart]')"
                        + ".forEach(c => { out[c.dataset.chart] = Number(c.dataset.points || 0); }); return out;");
        Map<String, Integer> points = new java.util.TreeMap<>();
        raw.forEach((k, v) -> points.put(k, ((Number) v).intValue()));
        return points;
    }

    private static void screenshot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The WWW-Authenticate header of a wrong password, with these extra request headers. */
    private static String challenge(Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(karaf.baseUri().resolve("/api/v1/platform/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        return response.headers().firstValue("WWW-Authenticate").orElse(null);
    }
}
