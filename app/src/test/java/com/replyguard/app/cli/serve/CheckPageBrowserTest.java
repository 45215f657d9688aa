package com.replyguard.app.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.app.Composition;
import com.replyguard.app.cli.ApiJson;
import com.replyguard.policy.Marketplace;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The check page in a real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium with the
 * system driver given explicitly, so nothing is downloaded), on a phone-sized window: paste, pick, check, and see
 * exactly the API's findings marked, listed and fixed, in English, Bengali and Malay.
 */
class CheckPageBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final String BAD = "Hi Sarah,\nGive us 5 stars and get a free gift, visit shop dot com";

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static Composition services;
    static ApiServer server;
    static ApiServer guarded;
    static WebDriver browser;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        assertTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "install Debian's chromium and chromium-driver (.ci/run does)");
        services = new Composition(data, List.of());
        server = new ApiServer(services, ServeSettings.defaults(), "127.0.0.1", 0, 4);
        server.start();
        guarded = new ApiServer(services, new ServeSettings(List.of("page-token-0123456789abcdef"), 1 << 20, List.of()),
                "127.0.0.1", 0, 2);
        guarded.start();
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath());
        // a phone: Chromium's device emulation, so the page's viewport meta tag applies as on a real handset
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true)));
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        // a start that failed (no browser installed) leaves some of these unset: close what was opened
        if (server != null) {
            server.close();
        }
        if (guarded != null) {
            guarded.close();
        }
        if (services != null) {
            services.close();
        }
    }

    private void check(String base, String lang, String marketplace, String text) {
        browser.get(base + "/?lang=" + lang);
        WebElement draft = browser.findElement(By.id("draft"));
        draft.clear();
        draft.sendKeys(text);
        new Select(browser.findElement(By.id("marketplace"))).selectByValue(marketplace);
        browser.findElement(By.id("check")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b ->
                b.findElement(By.id("result")).isDisplayed() || b.findElement(By.id("problem")).isDisplayed());
    }

    @Test
    void findingsAreMarkedListedAndFixedAsTheApiSays() throws Exception {
        check(server.url(), "en", "amazon", BAD);
        JsonNode api = new ApiJson().check(services, BAD, Marketplace.AMAZON);
        assertEquals("block", browser.findElement(By.id("verdict")).getAttribute("data-verdict"));
        assertEquals("Do not send", browser.findElement(By.id("verdict")).getText());

        List<WebElement> marks = browser.findElements(By.cssSelector("#marked mark"));
        List<WebElement> items = browser.findElements(By.cssSelector("#findings li"));
        assertEquals(api.get("findings").size(), items.size());
        assertTrue(!marks.isEmpty());
        for (WebElement mark : marks) {
            String rule = mark.getAttribute("data-rule");
            JsonNode f = finding(api, rule);
            assertTrue(f.get("excerpt").asText().endsWith(mark.getText()), rule + ": " + mark.getText());
            assertEquals(f.get("message").asText(), mark.getAttribute("title"));
            assertTrue(mark.getAttribute("class").equals("sev-" + f.get("severity").asText()));
        }
        for (int i = 0; i < items.size(); i++) {
            assertTrue(items.get(i).getText().contains(api.get("findings").get(i).get("message").asText()));
        }
        assertEquals(BAD, ((String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('marked').textContent;")), "the marked draft is the whole draft");
        String fixed = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('fixed').textContent;");
        assertEquals(api.get("fixed").isNull() ? "No automatic fix; rewrite the marked parts yourself."
                : api.get("fixed").asText(), fixed);
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return [window.innerWidth, document.documentElement.scrollWidth];");
        assertEquals(List.of(390L, 390L), widths, "a phone-wide page with no sideways scrolling");
    }

    @Test
    void aMessageWithNothingToSayIsNotToBeSent() {
        String thanksOnly = "Hi Sam, thanks for your order! Best, Rina";
        check(server.url(), "en", "amazon", thanksOnly);
        JsonNode api = new ApiJson().check(services, thanksOnly, Marketplace.AMAZON);
        assertTrue(api.get("fixed").isNull(), api.toString());
        String fixed = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('fixed').textContent;");
        assertEquals("Once the marked parts are left out, nothing worth sending is left: don't send this message.", fixed);
    }

    @Test
    void bengaliAndMalayPages() {
        String bn = "অর্ডার পৌঁছালে আমাদের ৫ স্টার রিভিউ দিন, আমরা একটি ফ্রি গিফট পাঠাবো";
        check(server.url(), "bn", "amazon", bn);
        assertEquals("bn", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("যাচাই করুন", browser.findElement(By.id("check")).getText());
        JsonNode api = new ApiJson().check(services, bn, Marketplace.AMAZON);
        assertEquals(api.get("verdict").asText(), browser.findElement(By.id("verdict")).getAttribute("data-verdict"));
        assertEquals(api.get("findings").size(), browser.findElements(By.cssSelector("#findings li")).size());

        check(server.url(), "ms", "shopee", "Terima kasih kerana membeli. Pesanan anda sudah dihantar hari ini.");
        assertEquals("Semak", browser.findElement(By.id("check")).getText());
        assertTrue(browser.findElement(By.id("verdict")).getAttribute("data-verdict").matches("ok|warn|block"));
    }

    @Test
    void aRefusalIsShownAsASentence() {
        check(guarded.url(), "en", "ebay", "Hello there");
        WebElement problem = browser.findElement(By.id("problem"));
        assertTrue(problem.isDisplayed());
        assertTrue(problem.getText().contains("needs an API token"), problem.getText());
        browser.findElement(By.tagName("summary")).click();
        browser.findElement(By.id("token")).sendKeys("page-token-0123456789abcdef");
        browser.findElement(By.id("check")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.findElement(By.id("result")).isDisplayed());
        assertEquals("ok", browser.findElement(By.id("verdict")).getAttribute("data-verdict"));
    }

    private static JsonNode finding(JsonNode api, String rule) {
        for (JsonNode f : api.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("the page marked a rule the API did not report: " + rule);
    }
}
