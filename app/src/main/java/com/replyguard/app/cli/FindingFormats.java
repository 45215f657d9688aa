package com.replyguard.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code check --format sarif} and {@code --format github}: the findings of {@code check --json} (read from that
 * object, so the wording of findings stays in one place) as a SARIF 2.1.0 log for code-scanning tools, or as GitHub
 * workflow annotation commands. Offsets become 1-based lines and UTF-16 columns of the checked file.
 */
final class FindingFormats {
    static final String SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private FindingFormats() {
    }

    /** The SARIF log of one checked text; {@code uri} names the file checked ("stdin" when read from a pipe). */
    static ObjectNode sarif(ObjectMapper mapper, JsonNode check, String text, String uri, String version) {
        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "ReplyGuard");
        driver.put("version", version);
        driver.put("informationUri", "https://github.com/replyguard/replyguard");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (JsonNode f : check.path("findings")) {
            String rule = f.path("rule").asText();
            Integer index = ruleIndex.get(rule);
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(rule, index);
                ObjectNode r = rules.addObject();
                r.put("id", rule);
                r.putObject("shortDescription").put("text", f.path("category").asText());
                if (!f.path("source").asText("").isBlank()) {
                    r.putObject("help").put("text", f.path("source").asText());
                }
                r.putObject("properties").put("category", f.path("category").asText());
            }
            int start = f.path("start").asInt();
            int end = f.path("end").asInt();
            ObjectNode res = results.addObject();
            res.put("ruleId", rule);
            res.put("ruleIndex", index);
            res.put("level", level(f.path("severity").asText()));
            res.putObject("message").put("text", f.path("message").asText());
            ObjectNode physical = res.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri);
            region(physical.putObject("region"), text, start, end).putObject("snippet").put("text", f.path("excerpt").asText());
            JsonNode fix = f.get("fix");
            if (fix != null && fix.isTextual()) {
                ObjectNode change = res.putArray("fixes").addObject();
                change.putObject("description").put("text", fix.asText().isEmpty() ? "delete" : "replace with: " + fix.asText());
                ObjectNode ac = change.putArray("artifactChanges").addObject();
                ac.putObject("artifactLocation").put("uri", uri);
                ObjectNode rep = ac.putArray("replacements").addObject();
                rep.putObject("deletedRegion").put("charOffset", start).put("charLength", end - start);
                rep.putObject("insertedContent").put("text", fix.asText());
            }
            res.putObject("properties").put("category", f.path("category").asText())
                    .put("severity", f.path("severity").asText());
        }
        return log;
    }

    /** GitHub workflow commands, one {@code ::error|warning|notice} line per finding. */
    static String github(JsonNode check, String text, String file) {
        StringBuilder out = new StringBuilder();
        for (JsonNode f : check.path("findings")) {
            int start = f.path("start").asInt();
            int end = f.path("end").asInt();
            int[] a = lineColumn(text, start);
            int[] b = lineColumn(text, Math.max(start, end - 1));
            String kind = switch (level(f.path("severity").asText())) {
                case "error" -> "error";
                case "warning" -> "warning";
                default -> "notice";
            };
            out.append("::").append(kind)
                    .append(" file=").append(property(file))
                    .append(",line=").append(a[0]).append(",col=").append(a[1])
                    .append(",endLine=").append(b[0]).append(",endColumn=").append(b[1] + 1)
                    .append(",title=").append(property(f.path("rule").asText()))
                    .append("::").append(data(f.path("message").asText() + " (\"" + f.path("excerpt").asText() + "\")"))
                    .append('\n');
        }
        return out.toString();
    }

    private static String level(String severity) {
        return switch (severity) {
            case "block" -> "error";
            case "warn" -> "warning";
            default -> "note";
        };
    }

    private static ObjectNode region(ObjectNode r, String text, int start, int end) {
        int[] a = lineColumn(text, start);
        int[] b = lineColumn(text, end);
        r.put("startLine", a[0]).put("startColumn", a[1]).put("endLine", b[0]).put("endColumn", b[1]);
        r.put("charOffset", start).put("charLength", end - start);
        return r;
    }

    /** 1-based line and column (UTF-16 units) of {@code offset}; "\r\n", "\n" and "\r" end lines. */
    static int[] lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
