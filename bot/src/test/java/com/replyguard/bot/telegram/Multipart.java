package com.replyguard.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses a multipart/form-data body for the fake Bot API: text fields as strings, file parts as byte[]. */
final class Multipart {
    private Multipart() {
    }

    static Map<String, Object> parse(byte[] body, String boundary) {
        Map<String, Object> out = new LinkedHashMap<>();
        byte[] delim = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delim, 0);
        while (pos >= 0) {
            int start = pos + delim.length;
            if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            start += 2; // CRLF after the delimiter
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, delim, headerEnd);
            if (headerEnd < 0 || next < 0) {
                break;
            }
            String headers = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headerEnd + 4, next - 2);
            String name = attribute(headers, "name");
            String fileName = attribute(headers, "filename");
            if (name != null) {
                if (fileName != null) {
                    out.put(name, content);
                    out.put(name + ".filename", fileName);
                } else {
                    out.put(name, new String(content, StandardCharsets.UTF_8));
                }
            }
            pos = next;
        }
        return out;
    }

    private static String attribute(String headers, String attr) {
        for (String prefix : new String[] {"; ", ";", " "}) {
            String key = prefix + attr + "=\"";
            int i = headers.indexOf(key);
            if (i >= 0) {
                int end = headers.indexOf('"', i + key.length());
                return end < 0 ? null : headers.substring(i + key.length(), end);
            }
        }
        return null;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        if (from < 0) {
            return -1;
        }
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
