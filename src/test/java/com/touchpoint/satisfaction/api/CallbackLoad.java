package com.touchpoint.satisfaction.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.touchpoint.satisfaction.RollupMaintenance;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Survey platforms delivering callbacks to {@code POST /api/v1/callbacks} at the same time, over real HTTP, for a
 * while: each client sends batches that mix new records, exact resends of records already acknowledged (by any
 * client), conflicting resends (an acknowledged external id with a different score and comment), invalid records, and
 * new records that another client sends at the same moment too. Every answer is checked against what it must say;
 * what the answers said was accepted becomes the client side of the count and checksum ({@link Result}).
 *
 * <p>A 409 (the delivery kept colliding with simultaneous ones, nothing stored) is sent again as API.md asks; it is
 * counted, and never expected to be a 5xx.
 */
public final class CallbackLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ITEMS = {"ATTITUDE", "EFFICIENCY", "PROFESSIONAL", "PROMISE", "RESOLUTION"};

    private final int port;
    private final String token;
    private final List<String> employeeNos;
    private final String prefix;
    private final LocalDate firstServiceDate;
    private final int serviceDays;

    /** Records some answer has confirmed as stored: the source of exact and conflicting resends. */
    private final Map<String, Callback> stored = new ConcurrentHashMap<>();
    private final List<String> storedIds = Collections.synchronizedList(new ArrayList<>());
    /** New records a client is about to send, for another client to send at the same time. */
    private final ConcurrentLinkedQueue<Callback> shared = new ConcurrentLinkedQueue<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param prefix every external id starts with it, so the server side can find this run's callbacks
     * @param employeeNos the staff the callbacks are for
     */
    public CallbackLoad(int port, String token, List<String> employeeNos, String prefix, LocalDate firstServiceDate,
                        int serviceDays) {
        this.port = port;
        this.token = token;
        this.employeeNos = List.copyOf(employeeNos);
        this.prefix = prefix;
        this.firstServiceDate = firstServiceDate;
        this.serviceDays = serviceDays;
    }

    /** One callback as the client sent it. {@code overall} is null for a callback without answers. */
    record Callback(String externalId, String employeeNo, LocalDate serviceDate, LocalDate callbackDate, String status,
                    Map<String, Integer> answers, boolean complaint, String comment) {

        Integer overall() {
            return answers.get("OVERALL");
        }

        /** The line the checksum is made of, the same as {@link CallbackLoad#CHECKSUM_SQL} builds. */
        String checksumLine() {
            return externalId + "|" + employeeNo + "|" + serviceDate + "|" + (overall() == null ? "-" : overall());
        }

        ObjectNode json() {
            ObjectNode r = JSON.createObjectNode();
            r.put("externalId", externalId);
            r.put("employeeNo", employeeNo);
            r.put("serviceDate", serviceDate.toString());
            r.put("callbackDate", callbackDate.toString());
            r.put("serviceType", "REPAIR");
            r.put("channel", "ONSITE");
            r.put("customerSegment", "MASS");
            r.put("status", status);
            r.put("questionnaire", "STANDARD-2026");
            ObjectNode a = r.putObject("answers");
            answers.forEach(a::put);
            r.put("complaint", complaint);
            if (comment != null) {
                r.put("comment", comment);
            }
            return r;
        }

        Callback conflicting() {
            Map<String, Integer> changed = new LinkedHashMap<>(answers);
            changed.put("OVERALL", overall() == null ? 5 : overall() % 10 + 1);
            return new Callback(externalId, employeeNo, serviceDate, callbackDate, "COMPLETED", changed, complaint,
                    "改过的说法 " + externalId);
        }
    }

    /** What one record in a batch must come out as. */
    private enum Expect { NEW, NEW_OR_DUPLICATE, DUPLICATE, CONFLICT, INVALID }

    private record Entry(Callback callback, Expect expect) {
    }

    /** The checksum over the server's rows: the same lines as {@link Callback#checksumLine()}, sorted by external id. */
    public static final String CHECKSUM_SQL = """
            select count(*), sha2(group_concat(concat(c.external_id, '|', s.employee_no, '|', c.service_date, '|',
                coalesce(a.answer, '-')) order by cast(c.external_id as binary) separator '\\n'), 256)
            from satisfaction_callback c join staff_staff s on s.id = c.staff_id
            left join satisfaction_answer a on a.callback_id = c.id and a.item_code = 'OVERALL'
            where c.external_id like ?""";

    /**
     * The figures of a run. {@code acceptedByAnswers} is the sum of every answer's {@code accepted};
     * {@code acceptedRecords} the checksum lines of the records the answers confirmed as stored.
     */
    public record Result(int clients, double seconds, int requests, int records, long acceptedByAnswers,
                         long duplicatesByAnswers, int conflictsRefused, int invalidRefused, int resentAfter409,
                         Map<Integer, Integer> statuses, int failures, List<String> problems,
                         List<String> acceptedRecords, double[] latenciesMillis) {

        public int serverErrors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        }

        public String checksum() {
            return sha256(String.join("\n", acceptedRecords.stream().sorted().toList()));
        }

        public double percentile(double p) {
            double[] sorted = latenciesMillis.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        public String latencies() {
            return String.format(Locale.ROOT, "p50 %,.0f ms, p95 %,.0f ms, p99 %,.0f ms, max %,.0f ms",
                    percentile(50), percentile(95), percentile(99), percentile(100));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d clients, %.1f s: %,d requests (statuses %s, %d transport failures), "
                            + "%,d records sent; accepted %,d, duplicates %,d, conflicts refused %,d, invalid refused "
                            + "%,d, deliveries sent again after 409: %d; %s; %,.0f accepted callbacks/s",
                    clients, seconds, requests, statuses, failures, records, acceptedByAnswers, duplicatesByAnswers,
                    conflictsRefused, invalidRefused, resentAfter409, latencies(), acceptedByAnswers / seconds);
        }
    }

    /** Runs {@code clients} clients for {@code duration}, all starting at once. */
    public Result run(int clients, Duration duration, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger records = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger invalid = new AtomicInteger();
        AtomicInteger resent = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> acceptedRecords = Collections.synchronizedList(new ArrayList<>());
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long[] began = new long[1];
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(30)).build();
                    Random random = new Random(seed * 1000 + client);
                    int sequence = 0;
                    start.await();
                    long end = began[0] + duration.toNanos();
                    // at least three deliveries each, so that even a slow run resends what it was told was stored
                    for (int delivery = 0; delivery < 3 || System.nanoTime() < end; delivery++) {
                        List<Entry> batch = new ArrayList<>();
                        Set<String> ids = new HashSet<>();
                        int size = 20 + random.nextInt(181);
                        for (int i = 0; i < size; i++) {
                            Entry entry = next(client, random, ids);
                            if (entry == null) {
                                entry = new Entry(fresh(client, ++sequence, random), Expect.NEW);
                                if (random.nextInt(40) == 0) {
                                    shared.add(entry.callback());
                                    entry = new Entry(entry.callback(), Expect.NEW_OR_DUPLICATE);
                                }
                            }
                            if (ids.add(entry.callback().externalId())) {
                                batch.add(entry);
                            }
                        }
                        Collections.shuffle(batch, random);
                        ArrayNode body = JSON.createArrayNode();
                        batch.forEach(e -> body.add(e.callback().json()));
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/api/v1/callbacks")).timeout(Duration.ofMinutes(5))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                                .build();
                        for (int attempt = 1; ; attempt++) {
                            long t = System.nanoTime();
                            HttpResponse<String> answer;
                            try {
                                answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                            } catch (IOException e) {
                                failures.incrementAndGet();
                                problems.add("client " + client + ": " + e);
                                break;
                            }
                            latencies.add((System.nanoTime() - t) / 1e6);
                            requests.incrementAndGet();
                            statuses.merge(answer.statusCode(), 1, Integer::sum);
                            if (answer.statusCode() == 409 && attempt < 5) {
                                resent.incrementAndGet();
                                continue;
                            }
                            if (answer.statusCode() != 200) {
                                problems.add("client " + client + ": " + answer.statusCode() + " " + answer.body());
                                break;
                            }
                            records.addAndGet(batch.size());
                            check(client, batch, JSON.readTree(answer.body()), accepted, duplicates, conflicts,
                                    invalid, acceptedRecords);
                            break;
                        }
                    }
                    return null;
                }));
            }
            began[0] = System.nanoTime();
            start.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - began[0]) / 1e9;
        return new Result(clients, seconds, requests.get(), records.get(), accepted.get(), duplicates.get(),
                conflicts.get(), invalid.get(), resent.get(), new TreeMap<>(statuses), failures.get(),
                List.copyOf(problems), List.copyOf(acceptedRecords),
                latencies.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A record other than a plain new one, or null for a new one. */
    private Entry next(int client, Random random, Set<String> ids) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            Callback known = randomStored(random);
            return known == null ? null : new Entry(known, Expect.DUPLICATE);
        }
        if (roll < 14) {
            Callback known = randomStored(random);
            return known == null || ids.contains(known.externalId()) ? null
                    : new Entry(known.conflicting(), Expect.CONFLICT);
        }
        if (roll < 16) {
            return new Entry(invalid(client, random), Expect.INVALID);
        }
        if (roll < 19) {
            Callback other = shared.poll();
            return other == null ? null : new Entry(other, Expect.NEW_OR_DUPLICATE);
        }
        return null;
    }

    private Callback randomStored(Random random) {
        synchronized (storedIds) {
            return storedIds.isEmpty() ? null : stored.get(storedIds.get(random.nextInt(storedIds.size())));
        }
    }

    private Callback fresh(int client, int sequence, Random random) {
        String id = String.format(Locale.ROOT, "%s%02d-%07d", prefix, client, sequence);
        String employeeNo = employeeNos.get(random.nextInt(employeeNos.size()));
        LocalDate service = firstServiceDate.plusDays(random.nextInt(serviceDays));
        LocalDate callback = service.plusDays(random.nextInt(5));
        if (random.nextInt(10) == 0) {
            return new Callback(id, employeeNo, service, callback, "UNREACHABLE", Map.of(), false, null);
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String item : ITEMS) {
            answers.put(item, 1 + random.nextInt(5));
        }
        answers.put("OVERALL", 1 + random.nextInt(10));
        return new Callback(id, employeeNo, service, callback, "COMPLETED", answers, random.nextInt(20) == 0,
                random.nextBoolean() ? null : "回访意见 " + id);
    }

    /** A record the API must refuse on its own: an answer outside the scale, or answered before the service. */
    private Callback invalid(int client, Random random) {
        String id = String.format(Locale.ROOT, "%sX%02d-%07d", prefix, client, random.nextInt(10_000_000));
        String employeeNo = employeeNos.get(random.nextInt(employeeNos.size()));
        LocalDate service = firstServiceDate.plusDays(random.nextInt(serviceDays));
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("ATTITUDE", random.nextBoolean() ? 7 : 4);
        answers.put("OVERALL", 8);
        LocalDate callback = answers.get("ATTITUDE") == 7 ? service : service.minusDays(2);
        return new Callback(id, employeeNo, service, callback, "COMPLETED", answers, false, null);
    }

    /** Compares one answer with what each record in the batch must have come out as. */
    private void check(int client, List<Entry> batch, JsonNode answer, AtomicLong accepted, AtomicLong duplicates,
                       AtomicInteger conflicts, AtomicInteger invalid, List<String> acceptedRecords) {
        Map<Integer, JsonNode> rejected = new HashMap<>();
        answer.path("rejected").forEach(r -> rejected.put(r.path("index").asInt(), r));
        int certainNew = 0;
        int maybeNew = 0;
        for (int i = 0; i < batch.size(); i++) {
            Entry e = batch.get(i);
            JsonNode refusal = rejected.get(i);
            boolean refusedAsConflict = refusal != null && refusal.path("errors").toString().contains("conflict");
            switch (e.expect()) {
                case CONFLICT -> {
                    if (!refusedAsConflict) {
                        problems.add("client " + client + ": conflicting resend " + e.callback().externalId()
                                + " was not refused as a conflict: " + refusal);
                    } else {
                        conflicts.incrementAndGet();
                    }
                }
                case INVALID -> {
                    if (refusal == null || refusedAsConflict) {
                        problems.add("client " + client + ": invalid record " + e.callback().externalId()
                                + " was not refused: " + refusal);
                    } else {
                        invalid.incrementAndGet();
                    }
                }
                default -> {
                    if (refusal != null) {
                        problems.add("client " + client + ": " + e.expect() + " record " + e.callback().externalId()
                                + " was refused: " + refusal);
                    }
                    if (e.expect() == Expect.NEW) {
                        certainNew++;
                    } else if (e.expect() == Expect.NEW_OR_DUPLICATE) {
                        maybeNew++;
                    }
                }
            }
        }
        int acceptedHere = answer.path("accepted").asInt(-1);
        int duplicatesHere = answer.path("duplicates").asInt(-1);
        if (acceptedHere < certainNew || acceptedHere > certainNew + maybeNew
                || acceptedHere + duplicatesHere + rejected.size() != batch.size()) {
            problems.add(String.format(Locale.ROOT, "client %d: answer %s for %d records (%d new, %d new or "
                    + "duplicate)", client, answer, batch.size(), certainNew, maybeNew));
        }
        accepted.addAndGet(acceptedHere);
        duplicates.addAndGet(duplicatesHere);
        for (Entry e : batch) {
            if (e.expect() == Expect.NEW || e.expect() == Expect.NEW_OR_DUPLICATE) {
                Callback c = e.callback();
                // a record sent by two clients is stored once: the one whose answer arrives first lists it
                if (stored.putIfAbsent(c.externalId(), c) == null) {
                    storedIds.add(c.externalId());
                    acceptedRecords.add(c.checksumLine());
                }
            }
        }
    }

    /** What the database holds for this run: count and checksum by {@link #CHECKSUM_SQL}, rollups and their drift. */
    public record Stored(long count, String checksum, long rolledUpCallbacks, int rollupDrift) {
    }

    /**
     * Reads the server side of the comparison: this run's callbacks and the daily rollups of its staff (who have no
     * other callbacks), then rebuilds the rollups of its service days from the raw callbacks and reports the drift.
     */
    public Stored stored(JdbcTemplate jdbc, RollupMaintenance rollups) {
        Object[] countAndSum = jdbc.execute((ConnectionCallback<Object[]>) connection -> {
            try (var set = connection.createStatement()) {
                // the default 1 MB would cut the concatenated lines short
                set.execute("set session group_concat_max_len = 1073741824");
            }
            try (var query = connection.prepareStatement(CHECKSUM_SQL)) {
                query.setString(1, prefix + "%");
                try (var rs = query.executeQuery()) {
                    rs.next();
                    return new Object[] {rs.getLong(1), rs.getString(2)};
                }
            }
        });
        String in = String.join(",", java.util.Collections.nCopies(employeeNos.size(), "?"));
        Long rolledUp = jdbc.queryForObject("select coalesce(sum(d.attempted), 0) from satisfaction_staff_day d "
                + "join staff_staff s on s.id = d.staff_id where s.employee_no in (" + in + ")", Long.class,
                employeeNos.toArray());
        int drift = rollups.rebuild(firstServiceDate, firstServiceDate.plusDays(serviceDays - 1L));
        return new Stored((Long) countAndSum[0], countAndSum[1] == null ? sha256("") : (String) countAndSum[1],
                rolledUp, drift);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
