package io.muster.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.muster.TestDatabase;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.Node;

/**
 * A 200,000-row file taken through the whole API (upload, mapping, options, the invalid rows page by
 * page, start, progress) by the packaged application with its heap capped at 512 MB, on a fresh
 * PostgreSQL database; prints the time of each step, rows per second and the peak heap from the GC
 * log. Run with {@code bench/run --stream} (optionally {@code --stream-rows=N}).
 */
public final class StreamingBenchmark {

	private static final int HEAP_MB = 512;

	private static final int INVALID_EVERY = 10_000;

	private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	private StreamingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
		Path jar = Node.packagedJar().orElseThrow(() -> new IllegalStateException("Build the jar first: mvn package"));
		System.setProperty("muster.test.database", "postgresql");
		Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
		properties.put("muster.import.staging-key", TestDatabase.STAGING_KEY);
		properties.put("muster.demo.password", Api.DEMO_PASSWORD);
		properties.put("logging.level.root", "WARN");
		Path gcLog = Path.of("target", "nodes", "stream-gc.log");
		Files.deleteIfExists(gcLog);
		try (Node node = Node.start("stream", jar, properties, List.of("-Xmx" + HEAP_MB + "m",
				"-Xlog:gc:file=" + gcLog, "-XX:+ExitOnOutOfMemoryError"))) {
			JdbcClient database = JdbcClient.create(new DriverManagerDataSource(
					(String) properties.get("spring.datasource.url"), "postgres", ""));
			database.sql("UPDATE organization SET max_import_users = :rows, max_import_file_bytes = 10485760")
				.param("rows", rows).update();
			long group = DemoGroups.id(database, "Staff");
			run(new ApiCaller(node, Api.SYSADMIN, Api.DEMO_PASSWORD), rows, group);
		}
		printHeap(gcLog);
		System.exit(0);
	}

	private static void run(ApiCaller api, int rows, long group) throws IOException, InterruptedException {
		byte[] csv = csv(rows);
		print("stream_rows", rows);
		print("stream_file_mb", csv.length / 1_048_576.0);
		long begin = System.nanoTime();
		long step = System.nanoTime();
		String id = ApiCaller.text(api.upload("district.csv", csv).body(), "id");
		step = lap("stream_upload_ms", step);
		api.putJson("/api/v1/imports/" + id + "/mapping",
				"{\"fullName\":\"Name\",\"email\":\"Email\",\"defaultPassword\":\"District-Start-2026\"}");
		step = lap("stream_mapping_ms", step);
		api.putJson("/api/v1/imports/" + id + "/options", "{\"groupId\":" + group + "}");
		step = lap("stream_options_ms", step);
		int invalid = invalidRows(api, id);
		print("stream_invalid_rows_listed", invalid);
		step = lap("stream_invalid_rows_paging_ms", step);
		api.post("/api/v1/imports/" + id + "/start", 202);
		step = lap("stream_start_verify_and_stage_ms", step);
		String summary = api.get("/api/v1/imports/" + id).body();
		while (!ApiCaller.text(summary, "status").equals("COMPLETED")) {
			if (List.of("FAILED", "CANCELLED").contains(ApiCaller.text(summary, "status"))) {
				throw new IllegalStateException("The import ended " + summary);
			}
			Thread.sleep(1_000);
			summary = api.get("/api/v1/imports/" + id).body();
		}
		long importNanos = System.nanoTime() - step;
		lap("stream_run_ms", step);
		long total = System.nanoTime() - begin;
		print("stream_created", ApiCaller.number(summary, "created"));
		print("stream_total_ms", total / 1_000_000.0);
		print("stream_run_rows_per_s", rows / (importNanos / 1e9));
		print("stream_end_to_end_rows_per_s", rows / (total / 1e9));
	}

	/**
	 * Walks the invalid rows page by page, following the Link header as a client would.
	 */
	private static int invalidRows(ApiCaller api, String id) throws IOException, InterruptedException {
		String next = "/api/v1/imports/" + id + "/rows?valid=false&size=1000";
		int seen = 0;
		while (next != null) {
			HttpResponse<String> page = api.get(next);
			seen += page.body().split("\"row\"", -1).length - 1;
			next = page.headers().firstValue("Link").map(link -> link.replaceAll("^<([^>]+)>.*", "$1")).orElse(null);
		}
		return seen;
	}

	private static byte[] csv(int rows) {
		StringBuilder csv = new StringBuilder(rows * 40).append("Name,Email\n");
		for (int i = 1; i <= rows; i++) {
			csv.append("Student ").append(i).append(",s").append(i);
			csv.append(i % INVALID_EVERY == 0 ? "-at-example.org" : "@example.org").append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void printHeap(Path gcLog) throws IOException {
		List<int[]> pauses = new ArrayList<>();
		for (String line : Files.readAllLines(gcLog)) {
			Matcher pause = GC_PAUSE.matcher(line);
			if (pause.find()) {
				pauses.add(new int[] { Integer.parseInt(pause.group(1)), Integer.parseInt(pause.group(2)) });
			}
		}
		print("stream_heap_limit_mb", HEAP_MB);
		print("stream_gc_pauses", pauses.size());
		print("stream_peak_heap_used_mb (before a collection)", pauses.stream().mapToInt(p -> p[0]).max().orElse(0));
		print("stream_peak_live_heap_mb (after a collection)", pauses.stream().mapToInt(p -> p[1]).max().orElse(0));
	}

	private static long lap(String name, long since) {
		long now = System.nanoTime();
		print(name, (now - since) / 1_000_000.0);
		return now;
	}

	private static void print(String name, double value) {
		System.out.println(name + ": " + (value == Math.rint(value) ? String.valueOf((long) value)
				: String.format(Locale.ROOT, "%.2f", value)));
	}

}
