package org.nasse.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol with only the JDK's HttpClient/WebSocket and Jackson,
 * so browser tests need no extra Maven dependency. One page target; every event is recorded for later checks.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path profile;
    private final Process process;
    private final List<String> stderr = new ArrayList<>();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket socket;

    /** $CHROME_BIN, else Debian's or Ubuntu's chromium, if executable. */
    static Optional<Path> find() {
        return Stream.of(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(p -> p != null && !p.isBlank()).map(Path::of).filter(Files::isExecutable).findFirst();
    }

    HeadlessChromium(Path binary) throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,2000",
                "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            socket = connect(pageTarget(devToolsPort()));
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** With port 0 Chromium picks a free port and announces it on stderr; keep draining stderr so it never blocks. */
    private int devToolsPort() throws Exception {
        CompletableFuture<String> announced = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (stderr) {
                        stderr.add(line);
                    }
                    if (line.startsWith("DevTools listening on ")) {
                        announced.complete(line.substring("DevTools listening on ".length()).trim());
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
            announced.completeExceptionally(new IllegalStateException("chromium exited before announcing DevTools"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return URI.create(announced.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).getPort();
        } catch (Exception e) {
            throw new IllegalStateException("no DevTools URL from chromium within " + TIMEOUT + "; stderr:\n" + stderr(), e);
        }
    }

    /** The page Chromium opened for about:blank; it may take a moment to be listed. */
    private static String pageTarget(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(TIMEOUT).build();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            for (JsonNode t : JSON.readTree(http.send(list, HttpResponse.BodyHandlers.ofString()).body())) {
                if ("page".equals(t.path("type").asText())) {
                    return t.path("webSocketDebuggerUrl").asText();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("chromium lists no page target");
            }
            Thread.sleep(100);
        }
    }

    private WebSocket connect(String url) throws Exception {
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                // screenshots arrive in many frames
                message.append(data);
                if (last) {
                    dispatch(message.toString());
                    message.setLength(0);
                }
                ws.request(1);
                return null;
            }
        };
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(url), listener)
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private void dispatch(String text) {
        try {
            JsonNode m = JSON.readTree(text);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                if (f != null && m.has("error")) {
                    f.completeExceptionally(new IllegalStateException("DevTools error: " + m.get("error")));
                } else if (f != null) {
                    f.complete(m.path("result"));
                }
            } else {
                synchronized (events) {
                    events.add(m);
                    events.notifyAll();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("unparseable DevTools message", e);
        }
    }

    /** Sends one command and waits for its result. */
    JsonNode send(String method, Map<String, ?> params) throws Exception {
        return call(method, params).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    // synchronized: a WebSocket refuses a new message while the previous one is still being sent
    private synchronized CompletableFuture<JsonNode> call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
        m.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(m), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return result;
    }

    /** Waits for a recorded event with this method (recorded before or after the call) and returns its params. */
    JsonNode await(String method) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (true) {
                Optional<JsonNode> e = events.stream().filter(m -> method.equals(m.path("method").asText())).findFirst();
                if (e.isPresent()) {
                    return e.get().path("params");
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("no " + method + " within " + TIMEOUT);
                }
                events.wait(left);
            }
        }
    }

    /** The params of every recorded event with this method that matches. */
    List<JsonNode> events(String method, Predicate<JsonNode> filter) {
        synchronized (events) {
            return events.stream().filter(m -> method.equals(m.path("method").asText())).map(m -> m.path("params")).filter(filter).toList();
        }
    }

    String stderr() {
        synchronized (stderr) {
            return String.join("\n", stderr);
        }
    }

    /**
     * Asks the browser to quit, so it reaps its own helpers (renderer, zygote, ...); kills whatever is left after 5 s;
     * removes the throwaway profile.
     */
    @Override
    public void close() throws Exception {
        List<ProcessHandle> helpers = process.descendants().toList();
        if (socket != null) {
            try {
                call("Browser.close", Map.of());
            } catch (Exception ignored) {
                // killed below
            }
            process.waitFor(5, TimeUnit.SECONDS);
            socket.abort();
        }
        helpers.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
