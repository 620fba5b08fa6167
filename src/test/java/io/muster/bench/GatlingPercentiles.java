package io.muster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints p50, p95 and p99 of each request of the latest Gatling reports as {@code name: value}
 * lines, like the other benchmarks; {@code bench/run --load} calls it after its two simulations,
 * named by the arguments in the order they ran (say {@code basic token}). With two, it also prints
 * each step's p50 of the second as a ratio of the first's, measured minutes apart on one machine.
 */
public final class GatlingPercentiles {

	private static final Pattern PAGE = Pattern.compile("req_(\\d+)-(.+?)-(-?\\d+)\\.html");

	private static final List<String> PERCENTILES = List.of("50", "95", "99");

	private GatlingPercentiles() {
	}

	public static void main(String[] args) throws IOException {
		List<String> names = args.length == 0 ? List.of("load") : List.of(args);
		List<Path> reports = latestReports(names.size());
		List<Map<String, Map<String, String>>> figures = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			System.out.println("load_" + name + "_report: " + reports.get(i).resolve("index.html"));
			Map<String, Map<String, String>> steps = percentiles(reports.get(i));
			steps.forEach((step, values) -> values.forEach((percentile, value) -> System.out
				.println("load_" + name + "_" + step + "_p" + percentile + "_ms: " + value)));
			figures.add(steps);
		}
		if (figures.size() == 2) {
			figures.get(1).forEach((step, values) -> System.out.println("load_" + names.get(1) + "_vs_" + names.get(0)
					+ "_" + step + "_p50: " + ratio(values.get("50"), figures.get(0).getOrDefault(step, Map.of()).get("50"))));
		}
	}

	private static List<Path> latestReports(int count) throws IOException {
		try (Stream<Path> reports = Files.list(Path.of("target", "gatling"))) {
			List<Path> sorted = reports.filter(Files::isDirectory).sorted(Comparator.comparing(Path::getFileName)).toList();
			if (sorted.size() < count) {
				throw new IllegalStateException("Fewer than " + count + " Gatling reports under target/gatling");
			}
			return sorted.subList(sorted.size() - count, sorted.size());
		}
	}

	private static Map<String, Map<String, String>> percentiles(Path report) throws IOException {
		List<Path> pages;
		try (Stream<Path> files = Files.list(report)) {
			pages = files.filter(file -> PAGE.matcher(file.getFileName().toString()).matches())
				.sorted(Comparator.comparingInt(GatlingPercentiles::step)).toList();
		}
		Map<String, Map<String, String>> steps = new LinkedHashMap<>();
		for (Path page : pages) {
			String html = Files.readString(page);
			Matcher name = PAGE.matcher(page.getFileName().toString());
			name.matches();
			Map<String, String> values = new LinkedHashMap<>();
			PERCENTILES.forEach(percentile -> values.put(percentile, percentile(html, percentile)));
			steps.put(name.group(1) + "_" + name.group(2).replace('-', '_'), values);
		}
		return steps;
	}

	private static String ratio(String value, String floor) {
		try {
			return String.format(Locale.ROOT, "%.2f", Double.parseDouble(value) / Double.parseDouble(floor));
		}
		catch (NumberFormatException | NullPointerException missing) {
			return "?";
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
