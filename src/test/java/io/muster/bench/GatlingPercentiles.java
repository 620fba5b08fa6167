package io.muster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints p50, p95 and p99 of each request of the latest Gatling report as {@code name: value}
 * lines, like the other benchmarks; {@code bench/run --load} calls it after the simulation.
 */
public final class GatlingPercentiles {

	private static final Pattern PAGE = Pattern.compile("req_(\\d+)-(.+?)-(-?\\d+)\\.html");

	private GatlingPercentiles() {
	}

	public static void main(String[] args) throws IOException {
		Path report;
		try (Stream<Path> reports = Files.list(Path.of("target", "gatling"))) {
			report = reports.filter(Files::isDirectory).max(Comparator.comparing(Path::getFileName))
				.orElseThrow(() -> new IllegalStateException("No Gatling report under target/gatling"));
		}
		List<Path> pages;
		try (Stream<Path> files = Files.list(report)) {
			pages = files.filter(file -> PAGE.matcher(file.getFileName().toString()).matches())
				.sorted(Comparator.comparingInt(GatlingPercentiles::step)).toList();
		}
		System.out.println("load_report: " + report.resolve("index.html"));
		for (Path page : pages) {
			String html = Files.readString(page);
			Matcher name = PAGE.matcher(page.getFileName().toString());
			name.matches();
			String step = "load_" + name.group(1) + "_" + name.group(2).replace('-', '_');
			for (String percentile : List.of("50", "95", "99")) {
				System.out.println(step + "_p" + percentile + "_ms: " + percentile(html, percentile));
			}
		}
	}

	private static int step(Path page) {
		Matcher name = PAGE.matcher(page.getFileName().toString());
		return name.matches() ? Integer.parseInt(name.group(1)) : Integer.MAX_VALUE;
	}

	private static String percentile(String html, String percentile) {
		Matcher value = Pattern.compile(percentile + "th percentile</td>\\s*<td class=\"total\">([^<]+)</td>")
			.matcher(html);
		return value.find() ? value.group(1).replace(",", "") : "?";
	}

}
